using System.Collections.Generic;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;

namespace ConferenceGen.Generator.Building.Operations;

/// <summary>Splits a path template into wire-encoded literal text and the path parameters that fill it.</summary>
internal static class PathBuilder
{
    /// <param name="parameters">The operation's parameters; a variable that none declares is added as a string parameter.</param>
    public static List<PathSegment> Build(string path, List<ParameterModel> parameters, NameScope names, string pointer, DiagnosticList diagnostics)
    {
        var segments = new List<PathSegment>();
        foreach (var (text, isVariable) in UrlTemplate.Split(path))
        {
            if (!isVariable)
            {
                segments.Add(PathSegment.Fixed(PathLiteral.Encode(text)));
                continue;
            }

            var index = parameters.FindIndex(p => p.Location == ParameterLocation.Path && p.WireName == text);
            if (index < 0)
            {
                // The template names a variable no parameter declares: still send the right URL, from a string argument.
                diagnostics.Add(DiagnosticDescriptors.RepairedContent, pointer, $"The path variable '{{{text}}}' has no path parameter", "it is generated as a string parameter");
                index = parameters.Count;
                parameters.Add(ParameterBuilder.Undeclared(text, names));
            }

            segments.Add(PathSegment.Of(index));
        }

        return segments;
    }
}
