using System;
using System.Collections.Generic;
using System.Linq;
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
    private readonly NameScope _optionNames;
    private readonly DiagnosticList _diagnostics;
    private readonly Dictionary<string, ServerVariableModel> _variables = new(StringComparer.Ordinal);
    private readonly List<ServerVariableModel> _ordered = new();

    public ServerBuilder(IList<OpenApiServer>? servers, NameScope optionNames, DiagnosticList diagnostics)
    {
        _optionNames = optionNames;
        _diagnostics = diagnostics;
        var first = servers?.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s.Url));
        Default = Build(first, first?.Url?.Trim() ?? "/", "#/servers/0");
    }

    public ServerModel Default { get; }

    public EquatableArray<ServerVariableModel> Variables => _ordered.ToEquatableArray();

    /// <summary>An operation's own server, or <c>null</c> when it uses the default.</summary>
    public ServerModel? OperationServer(IList<OpenApiServer>? servers, string pointer)
    {
        var first = servers?.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s.Url));
        if (first is null || string.Equals(first.Url!.Trim(), Default.Url, StringComparison.Ordinal))
        {
            return null;
        }

        return Build(first, first.Url!.Trim(), pointer + "/servers/0");
    }

    private ServerModel Build(OpenApiServer? server, string url, string pointer)
    {
        var segments = new List<UrlSegment>();
        foreach (var (text, isVariable) in UrlTemplate.Split(url))
        {
            if (!isVariable)
            {
                segments.Add(UrlSegment.Fixed(text));
                continue;
            }

            var variable = server?.Variables is { } variables && variables.TryGetValue(text, out var found) ? found : null;
            segments.Add(UrlSegment.Variable(Register(text, variable, pointer).PropertyName));
        }

        return new ServerModel(url, segments.ToEquatableArray());
    }

    private ServerVariableModel Register(string name, OpenApiServerVariable? variable, string pointer)
    {
        if (_variables.TryGetValue(name, out var known))
        {
            return known;
        }

        if (variable is null)
        {
            _diagnostics.Add(DiagnosticDescriptors.RepairedContent, pointer, $"The server variable '{{{name}}}' is not declared", "it must be set in the client options");
        }

        var model = new ServerVariableModel(
            _optionNames.Claim(Identifier.Pascal(name, "ServerVariable")),
            name,
            string.IsNullOrEmpty(variable?.Default) ? null : variable!.Default,
            variable?.Description,
            (variable?.Enum ?? new List<string>()).ToEquatableArray());
        _variables[name] = model;
        _ordered.Add(model);
        return model;
    }
}
