using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// The parts of an API reference page in the layout of Bandwidth's and Catapult's pages: a <c>##</c> title, a
/// request line (<c>&lt;code class="post"&gt;POST&lt;/code&gt;</c> and the URL), a parameters table, an
/// authentication section and examples. Only what is found is kept; the builder decides what it means.
/// </summary>
internal sealed class ReferencePage
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);

    // `<code class="post">POST</code>` or a bare `POST`, then the URL, in backticks or not.
    private static readonly Regex RequestLine = new(
        @"^\s*(?:<code[^>]{0,100}>\s*)?(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s*(?:</code>)?\s*`?(https?://[^\s`]+)`?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Limit);

    private static readonly Regex CallName = new(@"(?:\.|->)([A-Za-z_][A-Za-z0-9_]{0,80})\s*\(", RegexOptions.CultureInvariant, Limit);

    private static readonly Regex StatusLine = new(@"^\s*HTTP/[0-9.]+\s+([1-5][0-9][0-9])\b", RegexOptions.CultureInvariant, Limit);

    private ReferencePage(MarkdownHeading title, MarkdownLine requestLine, string method, string url, int urlColumn)
    {
        Title = title;
        Request = requestLine;
        Method = method;
        Url = url;
        UrlColumn = urlColumn;
    }

    public MarkdownHeading Title { get; }

    /// <summary>The paragraph under the title.</summary>
    public string Description { get; private set; } = string.Empty;

    public MarkdownLine Request { get; }

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The URL with its <c>{placeholders}</c>.</summary>
    public string Url { get; }

    public int UrlColumn { get; }

    public MarkdownTable? Parameters { get; private set; }

    /// <summary>How requests authenticate ("basic" or "bearer"), and where the page says so; null when it does not.</summary>
    public (string Scheme, MarkdownLine Line)? Authentication { get; private set; }

    public List<ReferenceExample> Examples { get; } = new();

    /// <summary>The replies the examples show: status code, JSON body (or null) and the line of the status.</summary>
    public List<(int Status, string? Body, MarkdownLine Line)> Replies { get; } = new();

    /// <summary>Method names the SDK examples call (<c>controller.modifyConference(</c>), with the number of blocks each is in.</summary>
    public List<(string Name, int Blocks)> SdkCalls { get; } = new();

    /// <summary>The page as a reference page, or null when it has no title or no request line.</summary>
    public static ReferencePage? Parse(MarkdownOutline outline)
    {
        var request = outline.Prose.Select(line => (Line: line, Match: Match(RequestLine, line.Text))).FirstOrDefault(found => found.Match is { Success: true });
        if (request.Match is null)
        {
            return null;
        }

        var title = outline.Headings.FirstOrDefault(h => h.Level == 2 && h.Line.Number < request.Line.Number)
            ?? outline.Headings.FirstOrDefault(h => h.Level <= 2 && h.Line.Number < request.Line.Number);
        if (title is null || title.Text.Length == 0)
        {
            return null;
        }

        var url = request.Match.Groups[2];
        var page = new ReferencePage(title, request.Line, request.Match.Groups[1].Value.ToUpperInvariant(), url.Value, url.Index);
        page.Description = Paragraph(outline, title.Line.Number);
        page.Parameters = outline.Tables.FirstOrDefault(t => t.Column("Parameter", "Name", "Field") >= 0 && t.Column("Description") >= 0 && t.HeaderLine.Number > request.Line.Number)
            ?? outline.Tables.FirstOrDefault(t => t.Column("Parameter", "Name", "Field") >= 0 && t.Column("Description") >= 0);
        page.ReadExamples(outline);
        page.ReadAuthentication(outline);
        return page;
    }

    private void ReadExamples(MarkdownOutline outline)
    {
        var calls = new Dictionary<string, (string Name, int Blocks)>(StringComparer.Ordinal);
        foreach (var fence in outline.Fences)
        {
            var code = fence.Content;
            if (CurlCommand.Parse(code) is { } curl)
            {
                var heading = outline.HeadingBefore(fence.Opening.Number);
                Examples.Add(new ReferenceExample(curl, heading?.Text ?? Title.Text, fence));
                continue;
            }

            var status = fence.Lines.FirstOrDefault(line => !line.IsBlank);
            if (status is not null && Match(StatusLine, status.Text) is { Success: true } reply)
            {
                var blank = code.IndexOf("\n\n", StringComparison.Ordinal);
                var body = blank < 0 ? null : code.Substring(blank).Trim();
                Replies.Add((int.Parse(reply.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), string.IsNullOrEmpty(body) ? null : body, status));
                continue;
            }

            if (fence.Language is "bash" or "sh" or "shell" or "http" or "json" or "yaml" or "yml" or "text" or "")
            {
                continue;
            }

            // Each name counts once per block, so a call repeated in one language does not outvote the others.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (System.Text.RegularExpressions.Match call in Matches(CallName, code))
            {
                var name = call.Groups[1].Value;
                var key = Normalized(name);
                if (seen.Add(key))
                {
                    calls[key] = calls.TryGetValue(key, out var known) ? (known.Name, known.Blocks + 1) : (name, 1);
                }
            }
        }

        SdkCalls.AddRange(calls.Values);
    }

    private void ReadAuthentication(MarkdownOutline outline)
    {
        var heading = outline.Headings.FirstOrDefault(h => h.Text.IndexOf("authentication", StringComparison.OrdinalIgnoreCase) >= 0);
        if (heading is not null)
        {
            var bearer = heading.Text.IndexOf("bearer", StringComparison.OrdinalIgnoreCase) >= 0 || heading.Text.IndexOf("token", StringComparison.OrdinalIgnoreCase) >= 0;
            Authentication = (bearer ? "bearer" : "basic", heading.Line);
            return;
        }

        foreach (var example in Examples)
        {
            var authorization = example.Curl.Header("Authorization") ?? string.Empty;
            if (example.Curl.User is not null || authorization.StartsWith("Basic", StringComparison.OrdinalIgnoreCase))
            {
                Authentication = ("basic", example.Fence.Opening);
                return;
            }

            if (authorization.StartsWith("Bearer", StringComparison.OrdinalIgnoreCase))
            {
                Authentication = ("bearer", example.Fence.Opening);
                return;
            }
        }
    }

    /// <summary>A call name compared without case, underscores or an <c>Async</c> suffix (modify_conference = ModifyConferenceAsync).</summary>
    public static string Normalized(string name)
    {
        var plain = name.Replace("_", string.Empty).ToLowerInvariant();
        return plain.EndsWith("async", StringComparison.Ordinal) && plain.Length > 5 ? plain.Substring(0, plain.Length - 5) : plain;
    }

    private static string Paragraph(MarkdownOutline outline, int titleLine)
    {
        var lines = new List<string>();
        foreach (var line in outline.Prose.Where(l => l.Number > titleLine))
        {
            var text = line.Text.Trim();
            if (text.Length == 0 && lines.Count == 0)
            {
                continue;
            }

            if (text.Length == 0 || text.StartsWith("#", StringComparison.Ordinal) || text.StartsWith("{%", StringComparison.Ordinal) || text.StartsWith("<", StringComparison.Ordinal) || text.StartsWith("|", StringComparison.Ordinal) || text.StartsWith("---", StringComparison.Ordinal))
            {
                break;
            }

            lines.Add(text);
        }

        return string.Join(" ", lines);
    }

    private static System.Text.RegularExpressions.Match? Match(Regex regex, string text)
    {
        try
        {
            return regex.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static IEnumerable<System.Text.RegularExpressions.Match> Matches(Regex regex, string text)
    {
        var found = new List<System.Text.RegularExpressions.Match>();
        try
        {
            for (var match = regex.Match(text); match.Success; match = match.NextMatch())
            {
                found.Add(match);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // What was found before the limit is kept; a page this odd gets no better name from its SDK calls.
        }

        return found;
    }
}

/// <summary>A curl example of a reference page, with the heading it is under.</summary>
internal sealed record ReferenceExample(CurlCommand Curl, string Title, MarkdownFence Fence);
