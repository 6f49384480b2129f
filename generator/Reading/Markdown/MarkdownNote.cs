using ConferenceGen.Generator.Diagnostics;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// Something reading a markdown page found that the user should hear about, as plain data: the pipeline turns
/// it into a diagnostic, and the build task that writes derived specs can read pages without the compiler.
/// </summary>
internal sealed record MarkdownNote(MarkdownNoteKind Kind, SpecLocation Location, params string[] Args);

internal enum MarkdownNoteKind
{
    /// <summary>A fenced OpenAPI document does not parse. Args: file name, reason.</summary>
    UnreadableDocument,

    /// <summary>A parameter's type was not documented and was inferred. Args: name, type, where from.</summary>
    TypeInferred,

    /// <summary>An example sends a value of another type than the documented one. Args: name, example value, documented type.</summary>
    ExampleDisagrees,

    /// <summary>The page has neither shape. Args: file name.</summary>
    NotASpec,

    /// <summary>Two pages define one thing differently. Args: what, first page and line, second page.</summary>
    Conflict,

    /// <summary>The page holds an OpenAPI document where no fenced block does, so it cannot be read. Args: file name, line, why.</summary>
    UnreadableEmbedded,

    /// <summary>A reference page does not say what a client needs. Args: file name, what it lacks, what is generated instead, what to add.</summary>
    Incomplete,
}
