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

    // `<code class="post">POST</code>` or a bare `POST`, then the URL or (as docs sites render it) the path, in backticks or not.
    private static readonly Regex RequestLine = new(
        @"^\s*(?:<code[^>]{0,100}>\s*)?(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s*(?:</code>)?\s*`?(https?://[^\s`]+|/[^\s`]*)`?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Limit);

    private static readonly Regex CallName = new(@"(?:\.|->)([A-Za-z_][A-Za-z0-9_]{0,80})\s*\(", RegexOptions.CultureInvariant, Limit);

    private static readonly Regex StatusLine = new(@"^\s*HTTP/[0-9.]+\s+([1-5][0-9][0-9])\b", RegexOptions.CultureInvariant, Limit);

    private ReferencePage(MarkdownHeading title, RenderedSections rendered)
    {
        Title = title;
        Rendered = rendered;
    }

    public MarkdownHeading Title { get; }

    /// <summary>The paragraph under the title.</summary>
    public string Description { get; private set; } = string.Empty;

    /// <summary>The request line, when the page has one.</summary>
    public MarkdownLine? Request { get; private set; }

    /// <summary>The HTTP method, upper case; null when neither the page nor its front matter says it.</summary>
    public string? Method { get; private set; }

    /// <summary>The server URL; null when nothing says it.</summary>
    public string? Server { get; private set; }

    /// <summary>The path with its <c>{placeholders}</c>; null when nothing says it.</summary>
    public string? Route { get; private set; }

    /// <summary>Where the request line has its URL or path (the column), for locating the path's parameters.</summary>
    public int UrlColumn { get; private set; }

    /// <summary>The length of the URL or path on the request line.</summary>
    public int UrlLength { get; private set; }

    /// <summary>What the front matter and the item's metadata say of the request.</summary>
    public PageRequest Given { get; private set; } = PageRequest.None;

    /// <summary>The front matter block, when the page has one.</summary>
    public FrontMatter? FrontMatter { get; private set; }

    public MarkdownTable? Parameters { get; private set; }

    /// <summary>The parameter groups, media type, responses and examples of the layout docs sites render.</summary>
    public RenderedSections Rendered { get; }

    /// <summary>How requests authenticate ("basic" or "bearer"), and where the page says so; null when it does not.</summary>
    public (string Scheme, MarkdownLine Line)? Authentication { get; private set; }

    public List<ReferenceExample> Examples { get; } = new();

    /// <summary>The replies the examples show: status code, JSON body (or null) and the line of the status.</summary>
    public List<(int Status, string? Body, MarkdownLine Line)> Replies { get; } = new();

    /// <summary>Method names the SDK examples call (<c>controller.modifyConference(</c>), with the number of blocks each is in.</summary>
    public List<(string Name, int Blocks)> SdkCalls { get; } = new();

    /// <summary>
    /// The page as a reference page, or null when it is none (a README). A reference page has a title and either a
    /// request line — a method and a URL, or a method and a path when the page also has a typed parameter group or a
    /// curl example — or at least one typed parameter group, or front matter (or item metadata) naming the method and
    /// the path. A page without a markdown heading takes its first line as its title.
    /// </summary>
    public static ReferencePage? Parse(MarkdownOutline outline, PageRequest? metadata = null)
    {
        var front = Markdown.FrontMatter.Read(outline);
        var given = (front?.Request ?? PageRequest.None).With(metadata);
        var start = front?.EndLine ?? 0;
        var prose = outline.Prose.Where(line => line.Number >= start).ToList();
        var request = prose.Select(line => (Line: line, Match: Match(RequestLine, line.Text))).FirstOrDefault(found => found.Match is { Success: true });
        var rendered = RenderedSections.Read(prose, line => Match(RequestLine, line.Text) is { Success: true });

        var hasUrl = request.Match is not null && request.Match.Groups[2].Value.StartsWith("http", StringComparison.OrdinalIgnoreCase);
        var hasPath = request.Match is not null && !hasUrl && (rendered.HasTypedGroup || rendered.Curls.Count > 0 || outline.Fences.Any(f => CurlCommand.Parse(f.Content) is not null));
        var hasGiven = given.Method is not null && given.Path is not null;
        if (!hasUrl && !hasPath && !hasGiven && !rendered.HasTypedGroup)
        {
            return null;
        }

        var before = request.Line?.Number ?? int.MaxValue;
        var title = outline.Headings.FirstOrDefault(h => h.Level == 2 && h.Line.Number < before && h.Line.Number >= start)
            ?? outline.Headings.FirstOrDefault(h => h.Level <= 2 && h.Line.Number < before && h.Line.Number >= start)
            ?? FirstLine(prose, request.Line);
        if (title is null || title.Text.Length == 0)
        {
            return null;
        }

        var page = new ReferencePage(title, rendered) { Given = given, FrontMatter = front };
        if (hasUrl || hasPath)
        {
            var target = request.Match!.Groups[2];
            page.Request = request.Line;
            page.Method = request.Match.Groups[1].Value.ToUpperInvariant();
            page.UrlColumn = target.Index;
            page.UrlLength = target.Length;
            if (hasUrl)
            {
                var url = ReferenceUrl.Split(target.Value);
                (page.Server, page.Route) = (url.Server, url.Route);
            }
            else
            {
                page.Route = target.Value;
            }
        }

        page.Method = given.Method ?? page.Method;
        page.Route = given.Path ?? page.Route;
        page.Server = given.Server ?? page.Server;
        page.Description = Paragraph(outline, title.Line.Number);
        if (page.Description.Length == 0 || title.Level == 0)
        {
            page.Description = LongestParagraph(prose, title.Line.Number, rendered, request.Line);
        }

        page.Parameters = outline.Tables.FirstOrDefault(t => t.Column("Parameter", "Name", "Field") >= 0 && t.Column("Description") >= 0 && t.HeaderLine.Number > before)
            ?? outline.Tables.FirstOrDefault(t => t.Column("Parameter", "Name", "Field") >= 0 && t.Column("Description") >= 0);
        page.ReadExamples(outline);
        page.ReadAuthentication(outline);
        page.Server ??= page.ServerOfExamples();
        return page;
    }

    /// <summary>All curl examples: in code blocks and, as saved pages have them, written as text.</summary>
    public IEnumerable<CurlCommand> Curls => Examples.Select(e => e.Curl).Concat(Rendered.Curls.Select(c => c.Curl));

    /// <summary>
    /// The server a path-only request line is under, as a curl example shows it: the part of its URL before the
    /// path (https://api.twilio.com for POST /2010-04-01/… and curl https://api.twilio.com/2010-04-01/…).
    /// </summary>
    private string? ServerOfExamples()
    {
        if (Route is null)
        {
            return null;
        }

        foreach (var curl in Curls)
        {
            var url = curl.Url is null ? null : ReferenceUrl.Split(curl.Url);
            if (url is not null && url.Route.EndsWith(Route, StringComparison.Ordinal))
            {
                return url.Server + url.Route.Substring(0, url.Route.Length - Route.Length);
            }
        }

        return null;
    }

    /// <summary>A rendered page's title: its first line, when that is short and no request line (a heading that lost its marks).</summary>
    private static MarkdownHeading? FirstLine(List<MarkdownLine> prose, MarkdownLine? request)
    {
        var first = prose.FirstOrDefault(line => !line.IsBlank);
        return first is null || first == request || first.Text.Trim().Length > 120 ? null : new MarkdownHeading(0, first.Text.Trim().TrimStart('#').Trim(), first);
    }

    /// <summary>The longest paragraph between the title and the first group, example or curl command: the operation's description on a rendered page.</summary>
    private static string LongestParagraph(List<MarkdownLine> prose, int titleLine, RenderedSections rendered, MarkdownLine? request)
    {
        var end = rendered.Groups.Select(g => g.Line.Number).Concat(rendered.Curls.Select(c => c.Line.Number)).DefaultIfEmpty(int.MaxValue).Min();
        var best = string.Empty;
        var paragraph = new List<string>();
        foreach (var line in prose.Where(l => l.Number > titleLine && l.Number < end && l != request).Append(new MarkdownLine(-1, 0, string.Empty)))
        {
            if (line.IsBlank)
            {
                var text = string.Join(" ", paragraph);
                best = text.Length > best.Length ? text : best;
                paragraph.Clear();
                continue;
            }

            if (!line.Text.TrimStart().StartsWith("|", StringComparison.Ordinal))
            {
                paragraph.Add(line.Text.Trim());
            }
        }

        return best;
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
        if (Given.Auth is { } given)
        {
            Authentication = (given, FrontMatter?.Opening ?? Title.Line);
            return;
        }

        var heading = outline.Headings.FirstOrDefault(h => h.Text.IndexOf("authentication", StringComparison.OrdinalIgnoreCase) >= 0);
        if (heading is not null)
        {
            var bearer = heading.Text.IndexOf("bearer", StringComparison.OrdinalIgnoreCase) >= 0 || heading.Text.IndexOf("token", StringComparison.OrdinalIgnoreCase) >= 0;
            Authentication = (bearer ? "bearer" : "basic", heading.Line);
            return;
        }

        foreach (var (curl, line) in Examples.Select(e => (e.Curl, e.Fence.Opening)).Concat(Rendered.Curls))
        {
            var authorization = curl.Header("Authorization") ?? string.Empty;
            if (curl.User is not null || authorization.StartsWith("Basic", StringComparison.OrdinalIgnoreCase))
            {
                Authentication = ("basic", line);
                return;
            }

            if (authorization.StartsWith("Bearer", StringComparison.OrdinalIgnoreCase))
            {
                Authentication = ("bearer", line);
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
