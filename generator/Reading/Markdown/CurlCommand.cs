using System;
using System.Collections.Generic;
using System.Text;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// A curl command of a page's example, read the way a POSIX shell splits it (quotes, backslash line
/// continuations): its method, URL, headers, credentials and the data it sends.
/// </summary>
internal sealed class CurlCommand
{
    private CurlCommand()
    {
    }

    public string? Method { get; private set; }

    public string? Url { get; private set; }

    public List<(string Name, string Value)> Headers { get; } = new();

    /// <summary>The <c>-u user:password</c> argument, when there is one.</summary>
    public string? User { get; private set; }

    private readonly List<string> _data = new();

    /// <summary>The request body as written after <c>-d</c>, <c>--data</c> and the like (several are joined by <c>&amp;</c>, as curl does).</summary>
    public string? Data => _data.Count == 0 ? null : string.Join("&", _data);

    /// <summary>Whether the data was given with <c>--data-urlencode</c> (so it is a form).</summary>
    public bool UrlEncoded { get; private set; }

    public string? Header(string name)
    {
        foreach (var header in Headers)
        {
            if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        return null;
    }

    /// <summary>The command in a code block, or null when the block does not start with <c>curl</c>.</summary>
    public static CurlCommand? Parse(string code)
    {
        var words = Words(code);
        var start = words.IndexOf("curl");
        if (start < 0 || (start > 0 && words[start - 1] != "$"))
        {
            return null;
        }

        var command = new CurlCommand();
        for (var i = start + 1; i < words.Count; i++)
        {
            var word = words[i];
            var value = i + 1 < words.Count ? words[i + 1] : null;
            switch (word)
            {
                case "-X" or "--request" when value is not null:
                    command.Method = value.ToUpperInvariant();
                    i++;
                    break;
                case "--url" when value is not null:
                    command.Url = value;
                    i++;
                    break;
                case "-H" or "--header" when value is not null:
                    var colon = value.IndexOf(':');
                    if (colon > 0)
                    {
                        command.Headers.Add((value.Substring(0, colon).Trim(), value.Substring(colon + 1).Trim()));
                    }

                    i++;
                    break;
                case "-u" or "--user" when value is not null:
                    command.User = value;
                    i++;
                    break;
                case "-d" or "--data" or "--data-raw" or "--data-binary" or "--data-ascii" when value is not null:
                    command._data.Add(value);
                    i++;
                    break;
                case "--data-urlencode" when value is not null:
                    command._data.Add(value);
                    command.UrlEncoded = true;
                    i++;
                    break;
                default:
                    if (command.Url is null && (word.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || word.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
                    {
                        command.Url = word;
                    }

                    break;
            }
        }

        return command;
    }

    /// <summary>Shell words: whitespace separates, quotes group, a backslash before a line break joins lines.</summary>
    private static List<string> Words(string code)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '\\' && i + 1 < code.Length)
            {
                var next = code[i + 1];
                if (next is '\n' or '\r')
                {
                    i += next == '\r' && i + 2 < code.Length && code[i + 2] == '\n' ? 2 : 1;
                    continue;
                }

                word.Append(next);
                inWord = true;
                i++;
            }
            else if (c == '\'')
            {
                var end = code.IndexOf('\'', i + 1);
                end = end < 0 ? code.Length : end;
                word.Append(code, i + 1, end - i - 1);
                inWord = true;
                i = end;
            }
            else if (c == '"')
            {
                i++;
                for (; i < code.Length && code[i] != '"'; i++)
                {
                    if (code[i] == '\\' && i + 1 < code.Length && code[i + 1] is '"' or '\\' or '$' or '`')
                    {
                        i++;
                    }

                    word.Append(code[i]);
                }

                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
