using Microsoft.CodeAnalysis.CSharp;

namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// A name from the model as C# source reads it. The model keeps names bare (<c>class</c>); writing one where C#
/// reads identifiers is the emitters' job, and a keyword gets <c>@</c> there.
/// </summary>
internal static class CSharpIdentifier
{
    /// <summary>The name, with <c>@</c> before a reserved keyword and before the contextual ones that are keywords in async methods.</summary>
    public static string Of(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || name is "await" or "yield"
            ? "@" + name
            : name;
}
