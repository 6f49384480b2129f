using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building;

/// <summary>
/// Servers: the spec's first server is the client's default address; its variables (and those of
/// operation-level servers) become options properties, required where the spec gives no default.
/// </summary>
internal sealed class ServerBuilder
{
    private static readonly Regex Variable = new(@"\{([^{}]*)\}", RegexOptions.CultureInvariant);

    private readonly NameScope _optionNames;
    private readonly DiagnosticList _diagnostics;
    private readonly Dictionary<string, ServerVariableModel> _variables = new(StringComparer.Ordinal);
    private readonly List<ServerVariableModel> _ordered = new();
    private readonly string _defaultUrl;
    private string _defaultUrlForMessages = string.Empty;

    public ServerBuilder(IList<OpenApiServer>? servers, NameScope optionNames, DiagnosticList diagnostics)
    {
        _optionNames = optionNames;
        _diagnostics = diagnostics;
        var first = servers?.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s.Url));
        _defaultUrl = first?.Url?.Trim() ?? "/";
        _defaultUrlForMessages = _defaultUrl;
        Default = new ServerModel(DocText.Escape(_defaultUrl), Build(first, _defaultUrl, "options", "#/servers/0"));
    }

    public ServerModel Default { get; }

    public EquatableArray<ServerVariableModel> Variables => _ordered.ToEquatableArray();

    /// <summary>The expression of an operation's own server, or <c>null</c> when it uses the default.</summary>
    public string OperationServer(IList<OpenApiServer>? servers, string pointer)
    {
        var first = servers?.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s.Url));
        if (first is null || string.Equals(first.Url!.Trim(), _defaultUrl, StringComparison.Ordinal))
        {
            return "null";
        }

        return Build(first, first.Url!.Trim(), "_options", pointer + "/servers/0");
    }

    /// <summary>string.Concat of the literal parts and the escaped variable values read from <paramref name="receiver"/>.</summary>
    private string Build(OpenApiServer? server, string url, string receiver, string pointer)
    {
        var urlLiteral = CSharpLiteral.String(url);
        var parts = new List<string>();
        var position = 0;
        foreach (Match match in Variable.Matches(url))
        {
            if (match.Index > position)
            {
                parts.Add(CSharpLiteral.String(url.Substring(position, match.Index - position)));
            }

            var name = match.Groups[1].Value;
            var variable = server?.Variables is { } variables && variables.TryGetValue(name, out var found) ? found : null;
            var property = Register(name, variable, pointer).PropertyName;
            parts.Add($"global::ConferenceGen.Runtime.Http.ServerVariable.Escape({receiver}.{property}, \"{Identifier.Bare(property)}\", {urlLiteral})");
            position = match.Index + match.Length;
        }

        if (position < url.Length)
        {
            parts.Add(CSharpLiteral.String(url.Substring(position)));
        }

        return parts.Count switch
        {
            0 => "\"\"",
            1 when parts[0].StartsWith("\"", StringComparison.Ordinal) => parts[0],
            _ => "string.Concat(" + string.Join(", ", parts) + ")",
        };
    }

    private ServerVariableModel Register(string name, OpenApiServerVariable? variable, string pointer)
    {
        if (_variables.TryGetValue(name, out var known))
        {
            return known;
        }

        if (variable is null)
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidContent, pointer, $"The server variable '{{{name}}}' is not declared; it must be set in the client options");
        }

        var propertyName = _optionNames.Claim(Identifier.Pascal(name, "ServerVariable"));
        var allowed = variable?.Enum is { Count: > 0 } values ? "Allowed values: " + string.Join(", ", values) + "." : null;
        var model = new ServerVariableModel(
            propertyName,
            DocText.Escape(name),
            string.IsNullOrEmpty(variable?.Default) ? null : CSharpLiteral.String(variable!.Default!),
            CSharpLiteral.String($"Set {Identifier.Bare(propertyName)}: it fills {{{name}}} in the server {_defaultUrlForMessages} (or set BaseAddress)."),
            DocText.Lines(variable?.Description, allowed).ToEquatableArray());
        _variables[name] = model;
        _ordered.Add(model);
        return model;
    }
}
