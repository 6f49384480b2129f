using System.Collections.Generic;
using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Emitting;

/// <summary>The C# expression of a server URL: its literal parts and its variables, escaped, from an options object.</summary>
internal static class ServerExpression
{
    /// <param name="receiver">The expression of the options object the variables are read from.</param>
    public static string Of(ServerModel server, string receiver)
    {
        var url = CSharpLiteral.String(server.Url);
        var parts = new List<string>(server.Segments.Count);
        foreach (var segment in server.Segments)
        {
            parts.Add(segment.Text is { } text
                ? CSharpLiteral.String(text)
                : RuntimeNames.ServerVariable + ".Escape(" + receiver + "." + segment.Property + ", \"" + segment.Property + "\", " + url + ")");
        }

        return parts.Count switch
        {
            0 => "\"\"",
            1 when server.Segments[0].Text is not null => parts[0],
            _ => "string.Concat(" + string.Join(", ", parts) + ")",
        };
    }
}
