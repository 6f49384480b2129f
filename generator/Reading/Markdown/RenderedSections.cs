using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// The sections of an API reference page as docs sites render it (and as it reads when saved as text): parameter
/// groups under headings that name where the parameters go ("Path parameters", "Query parameters", "Headers",
/// "Body" or "Request"), the body's media type on a line of its own, "Responses" with a status per bullet and the
/// attributes of each, and examples — a curl command, "Request example" and "Response example(s) (200)" followed by
/// JSON (with or without line numbers), code in other languages. Headings may be markdown headings or plain lines.
/// </summary>
internal sealed class RenderedSections
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);
    private static readonly Regex MediaTypeLine = new(@"^(?:application|text|multipart)/[A-Za-z0-9.+\-]{1,100}$", RegexOptions.CultureInvariant, Limit);
    // "• 200", "200 OK", "• default": a bullet, or a status code that starts the line (so "Default value is…" is no status).
    private static readonly Regex StatusLine = new(@"^(?:(?:[•·\-*+]\s+)(?<status>[1-5][0-9][0-9]|[1-5]XX|default)|(?<status>[1-5][0-9][0-9]|[1-5]XX))(?:\s+(?<reason>[A-Za-z][A-Za-z \-]{0,60}))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Limit);
    private static readonly Regex Bullet = new(@"^[•·\-*+]\s", RegexOptions.CultureInvariant, Limit);
    private static readonly Regex ExampleHeading = new(@"^(?<what>request|response)?\s*(?:body\s+)?examples?(?:\s*\((?<status>[1-5][0-9][0-9])\))?:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Limit);
    private static readonly Regex LineNumber = new(@"^(?<number>[0-9]{1,5})(?<code>.*)$", RegexOptions.CultureInvariant, Limit);
    private static readonly Regex CallName = new(@"(?:\.|->)([A-Za-z_][A-Za-z0-9_]{0,80})\s*\(", RegexOptions.CultureInvariant, Limit);

    private RenderedSections()
    {
    }

    /// <summary>The parameters of each group, by where they go: path, query, header, cookie or body.</summary>
    public List<(string In, RenderedEntry Entry)> Parameters { get; } = new();

    /// <summary>The group headings found, with their lines.</summary>
    public List<(string In, MarkdownLine Line)> Groups { get; } = new();

    /// <summary>The request body's media type, as a line of the page says it.</summary>
    public (string MediaType, MarkdownLine Line)? MediaType { get; private set; }

    public List<RenderedResponse> Responses { get; } = new();

    /// <summary>Curl commands written as text, not in a code block.</summary>
    public List<(CurlCommand Curl, MarkdownLine Line)> Curls { get; } = new();

    /// <summary>Request bodies the page shows as JSON.</summary>
    public List<(string Json, MarkdownLine Line)> RequestExamples { get; } = new();

    /// <summary>Replies the page shows as JSON, with the status named beside them (null when none is).</summary>
    public List<(int? Status, string Json, MarkdownLine Line)> ResponseExamples { get; } = new();

    /// <summary>Method names the code examples call.</summary>
    public List<string> Calls { get; } = new();

    /// <summary>Whether a group holds at least one typed entry: what makes a page a reference page without a request line.</summary>
    public bool HasTypedGroup => Parameters.Count > 0 || Responses.Any(r => r.Entries.Count > 0);

    public static RenderedSections Read(IReadOnlyList<MarkdownLine> lines, Func<MarkdownLine, bool> isRequestLine)
    {
        var sections = new RenderedSections();
        sections.Scan(lines, isRequestLine);
        return sections;
    }

    private void Scan(IReadOnlyList<MarkdownLine> lines, Func<MarkdownLine, bool> isRequestLine)
    {
        string? group = null;
        RenderedEntry? entry = null;
        RenderedResponse? response = null;
        var parents = new Stack<RenderedEntry>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var heading = text.TrimStart('#').Trim().TrimEnd(':');
            if (isRequestLine(line))
            {
                group = null;
                entry = null;
                continue;
            }

            if (text.StartsWith("curl ", StringComparison.Ordinal) || text == "curl" || text.StartsWith("$ curl", StringComparison.Ordinal))
            {
                i = ReadCurl(lines, i);
                group = null;
                entry = null;
                continue;
            }

            if (GroupOf(heading) is { } named)
            {
                group = named;
                Groups.Add((named, line));
                entry = null;
                response = null;
                parents.Clear();
                continue;
            }

            if (Match(ExampleHeading, heading) is { Success: true } example)
            {
                i = ReadExample(lines, i, example);
                group = null;
                entry = null;
                continue;
            }

            if (Match(MediaTypeLine, text) is { Success: true } && group is not "responses")
            {
                MediaType ??= (text.ToLowerInvariant(), line);
                continue;
            }

            if (group is null)
            {
                continue;
            }

            if (group == "responses" && Match(StatusLine, text) is { Success: true } status)
            {
                response = new RenderedResponse(status.Groups["status"].Value.ToUpperInvariant(), status.Groups["reason"].Value.Trim(), line);
                Responses.Add(response);
                entry = null;
                parents.Clear();
                continue;
            }

            if (RenderedEntry.Parse(line) is { } found)
            {
                entry = found;
                if (group == "responses")
                {
                    if (response is null)
                    {
                        // "Response" without a status: the page's one reply.
                        response = new RenderedResponse(null, string.Empty, line);
                        Responses.Add(response);
                    }

                    // An attribute indented under an object attribute is one of its properties.
                    while (parents.Count > 0 && parents.Peek().Indent >= found.Indent)
                    {
                        parents.Pop();
                    }

                    (parents.Count > 0 ? parents.Peek().Children : response.Entries).Add(found);
                    parents.Push(found);
                }
                else
                {
                    Parameters.Add((group, found));
                }

                continue;
            }

            if (entry is not null && entry.TakesValue(text))
            {
                continue;
            }

            if (Match(Bullet, text) is { Success: true })
            {
                // A bullet that is no entry (its name lost in the saving): what follows describes nothing known.
                entry = null;
                continue;
            }

            if (entry is not null)
            {
                entry.Describe(text);
            }
            else if (response is not null && response.Description.Length == 0)
            {
                response.Description = text;
            }
        }
    }

    /// <summary>Where the parameters under a heading go, "responses" for a response section, or null when it names no group.</summary>
    private static string? GroupOf(string heading) => heading.ToLowerInvariant() switch
    {
        "path parameters" or "path params" or "path" => "path",
        "query parameters" or "query params" or "query string parameters" or "query" => "query",
        "header parameters" or "headers" or "request headers" or "header" => "header",
        "cookie parameters" or "cookies" => "cookie",
        "body" or "body parameters" or "request body" or "request" or "request body parameters" or "form parameters" or "form data" => "body",
        "responses" or "response" or "response body" or "response fields" or "response attributes" => "responses",
        _ => null,
    };

    /// <summary>A curl command on the page's lines, with its backslash continuations; returns the last line it takes.</summary>
    private int ReadCurl(IReadOnlyList<MarkdownLine> lines, int start)
    {
        var text = new StringBuilder();
        var i = start;
        for (; i < lines.Count; i++)
        {
            text.Append(lines[i].Text).Append('\n');
            if (!lines[i].Text.TrimEnd().EndsWith("\\", StringComparison.Ordinal))
            {
                break;
            }
        }

        if (CurlCommand.Parse(text.ToString()) is { } curl)
        {
            Curls.Add((curl, lines[start]));
        }

        return Math.Min(i, lines.Count - 1);
    }

    /// <summary>
    /// The example under an example heading: JSON (a request body or a reply; up to three label lines may come
    /// first, and line numbers a viewer printed are taken off), or code whose calls name the operation. Returns the
    /// last line it takes.
    /// </summary>
    private int ReadExample(IReadOnlyList<MarkdownLine> lines, int headingIndex, Match heading)
    {
        var start = headingIndex + 1;
        var labels = 0;
        while (start < lines.Count && (lines[start].IsBlank || (labels < 3 && !StartsJson(Code(lines[start].Text, 1)) && !StartsCode(lines[start].Text))))
        {
            labels += lines[start].IsBlank ? 0 : 1;
            start++;
        }

        if (start >= lines.Count)
        {
            return headingIndex;
        }

        var numbered = LineNumberOf(lines[start].Text) == 1;
        var code = new StringBuilder();
        var depth = 0;
        var end = start;
        var isJson = StartsJson(Code(lines[start].Text, numbered ? 1 : 0));
        for (var number = 1; end < lines.Count; end++, number++)
        {
            if (numbered && LineNumberOf(lines[end].Text) != number)
            {
                end--;
                break;
            }

            var codeLine = numbered ? Code(lines[end].Text, number) : lines[end].Text;
            if (!numbered && !isJson && lines[end].IsBlank)
            {
                end--;
                break;
            }

            code.Append(codeLine).Append('\n');
            if (isJson)
            {
                depth += Depth(codeLine);
                if (depth <= 0)
                {
                    break;
                }
            }
        }

        end = Math.Min(end, lines.Count - 1);
        var text = code.ToString();
        if (isJson)
        {
            var status = heading.Groups["status"].Success ? int.Parse(heading.Groups["status"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
            if (string.Equals(heading.Groups["what"].Value, "request", StringComparison.OrdinalIgnoreCase))
            {
                RequestExamples.Add((text, lines[start]));
            }
            else
            {
                ResponseExamples.Add((status, text, lines[start]));
            }
        }
        else
        {
            try
            {
                Calls.AddRange(CallName.Matches(text).Cast<Match>().Select(m => m.Groups[1].Value));
            }
            catch (RegexMatchTimeoutException)
            {
                // No names from code this odd.
            }
        }

        return end;
    }

    private static bool StartsJson(string text) => text.TrimStart().StartsWith("{", StringComparison.Ordinal) || text.TrimStart().StartsWith("[", StringComparison.Ordinal);

    // A code line of another language: an import, a declaration, a call.
    private static bool StartsCode(string text) => LineNumberOf(text) == 1;

    private static int? LineNumberOf(string text) =>
        Match(LineNumber, text.TrimStart()) is { Success: true } match && int.TryParse(match.Groups["number"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The line without the line number a viewer printed before it.</summary>
    private static string Code(string text, int number)
    {
        var trimmed = text.TrimStart();
        var prefix = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return trimmed.StartsWith(prefix, StringComparison.Ordinal) ? trimmed.Substring(prefix.Length) : text;
    }

    // Brackets opened minus closed, outside strings.
    private static int Depth(string line)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']')
            {
                depth--;
            }
        }

        return depth;
    }

    private static Match? Match(Regex regex, string text)
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
}

/// <summary>A reply a rendered page documents: its status (null when the page names none), its description and attributes.</summary>
internal sealed class RenderedResponse
{
    public RenderedResponse(string? status, string description, MarkdownLine line)
    {
        Status = status;
        Description = description;
        Line = line;
    }

    public string? Status { get; }

    public string Description { get; set; }

    public MarkdownLine Line { get; }

    public List<RenderedEntry> Entries { get; } = new();
}
