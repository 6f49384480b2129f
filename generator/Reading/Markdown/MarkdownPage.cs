namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// A markdown page read once: what it holds as a spec, and the client it joins. The generator's page step keeps
/// it for the group and merge steps, and the build task that writes derived specs makes one per page, so neither
/// reads a page twice and both group the same readings the same way (<see cref="PageGroup"/>).
/// </summary>
internal sealed class MarkdownPage
{
    private MarkdownPage(string path, MarkdownSpec spec, string groupKey, string groupName)
    {
        Path = path;
        Spec = spec;
        GroupKey = groupKey;
        GroupName = groupName;
    }

    public string Path { get; }

    public MarkdownSpec Spec { get; }

    /// <summary>The key of the client the page joins; empty for a page that is no spec.</summary>
    public string GroupKey { get; }

    /// <summary>The name a client of several pages takes: the page's folder under specs/, or its title.</summary>
    public string GroupName { get; }

    /// <param name="folder">The page's folder under specs/ ("" at the top).</param>
    /// <param name="request">What the page's item metadata says of its request, when it says anything.</param>
    public static MarkdownPage Read(string path, string text, string folder, PageRequest? request = null)
    {
        var spec = MarkdownSpec.Read(path, text, request);
        var (key, name) = PageGroup.Of(path, folder, spec);
        return new MarkdownPage(path, spec, key, name);
    }
}
