namespace ConferenceGen.Generator.Model;

/// <summary>Where a parameter goes.</summary>
internal enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,
}

/// <summary>The OpenAPI serialization style of a parameter.</summary>
internal enum ParameterStyle
{
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    Simple,
    Label,
    Matrix,
}

/// <summary>How a parameter's value is written.</summary>
internal enum ParameterShape
{
    /// <summary>One text value.</summary>
    Scalar,

    /// <summary>A list of text values.</summary>
    List,

    /// <summary>A map of text values.</summary>
    Map,

    /// <summary>An object, written member by member.</summary>
    Object,

    /// <summary>Anything else, written as JSON text.</summary>
    Json,

    /// <summary>A structured query value in <c>style: deepObject</c>, written as <c>name[key]</c> and <c>name[0]</c> fields.</summary>
    Deep,
}

/// <summary>A path, query, header or cookie parameter.</summary>
/// <param name="Name">The C# parameter name, bare (the emitters escape a keyword).</param>
/// <param name="WireName">The name on the wire.</param>
/// <param name="Type">The schema's type.</param>
/// <param name="Explode">Whether collections repeat the name per item.</param>
/// <param name="Required">Required by the spec (path parameters always are).</param>
/// <param name="Fixed">
/// The one value the schema allows, for a required parameter: the method has no parameter for it, and sends this value.
/// </param>
internal sealed record ParameterModel(
    string Name,
    string WireName,
    ParameterLocation Location,
    TypeRef Type,
    ParameterShape Shape,
    ParameterStyle Style,
    bool Explode,
    bool Required,
    string? Description,
    FixedValueModel? Fixed = null)
{
    /// <summary>The type of one written value: the item of a list or map, else the type itself.</summary>
    public TypeRef Element => Shape is ParameterShape.List or ParameterShape.Map ? Type.Item! : Type;

    /// <summary>The character joining list items for styles that join them.</summary>
    public char Separator => Style switch
    {
        ParameterStyle.SpaceDelimited => ' ',
        ParameterStyle.PipeDelimited => '|',
        _ => ',',
    };
}
