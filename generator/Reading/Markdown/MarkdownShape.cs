namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>What kind of spec a markdown page is.</summary>
internal enum MarkdownShape
{
    /// <summary>Neither of the two: the page is ignored (a README in specs/, notes).</summary>
    None,

    /// <summary>The page embeds an OpenAPI document in a fenced <c>yaml</c> or <c>json</c> block.</summary>
    EmbeddedOpenApi,

    /// <summary>A reference page: a title, a request line, a parameters table and examples.</summary>
    ReferencePage,
}
