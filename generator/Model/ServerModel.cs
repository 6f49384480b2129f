namespace ConferenceGen.Generator.Model;

/// <summary>A server URL template, split into fixed text and variables.</summary>
/// <param name="Url">The template as the spec writes it.</param>
internal sealed record ServerModel(string Url, EquatableArray<UrlSegment> Segments);

/// <summary>Fixed URL text, or a variable filled from a client options property.</summary>
/// <param name="Text">The fixed text, or null for a variable.</param>
/// <param name="Property">The options property holding the variable's value.</param>
internal sealed record UrlSegment(string? Text, string? Property)
{
    public static UrlSegment Fixed(string text) => new(text, null);

    public static UrlSegment Variable(string property) => new(null, property);
}

/// <summary>A server variable, set through the options (required when the spec gives no default).</summary>
/// <param name="PropertyName">The options property.</param>
/// <param name="WireName">The variable's name in the URL template.</param>
/// <param name="Default">The spec's default value, or null when the variable must be set.</param>
/// <param name="AllowedValues">The values the spec lists, if any.</param>
internal sealed record ServerVariableModel(string PropertyName, string WireName, string? Default, string? Description, EquatableArray<string> AllowedValues);
