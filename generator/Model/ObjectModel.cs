namespace ConferenceGen.Generator.Model;

/// <summary>A model class for an object schema.</summary>
/// <param name="Name">The class name.</param>
/// <param name="HasRequired">Whether any property is required (the class then needs a reader constructor).</param>
/// <param name="IsFormBody">Whether the class is sent as a form and needs a form writer.</param>
/// <param name="IsMultipartBody">Whether the class is sent as multipart/form-data and needs a multipart writer.</param>
internal sealed record ObjectModel(
    string Name,
    string Summary,
    EquatableArray<PropertyModel> Properties,
    bool HasRequired,
    bool IsFormBody,
    bool IsMultipartBody,
    AdditionalPropertiesModel? AdditionalProperties);

/// <summary>A dictionary property for the JSON properties a schema does not declare (<c>additionalProperties</c> with a schema).</summary>
/// <param name="Name">The property name.</param>
/// <param name="ValueType">The C# type of one value.</param>
/// <param name="ValueCodec">The codec of one value.</param>
internal sealed record AdditionalPropertiesModel(string Name, string FieldName, string ValueType, string ValueCodec);

/// <summary>A property of a model class.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="FieldName">The backing field.</param>
/// <param name="WireLiteral">The JSON / form name as a C# string literal.</param>
/// <param name="Type">The C# property type.</param>
/// <param name="ValueType">The non-nullable type of a present value.</param>
/// <param name="Codec">The JSON codec of the property type (null-aware when the type is nullable).</param>
/// <param name="ValueCodec">The JSON codec of a non-null value.</param>
/// <param name="Required">Required in the schema: declared with <c>required</c> and always written.</param>
/// <param name="WritesNull">The schema allows null, so a property set to null is written as null.</param>
/// <param name="FormShape">How a form or multipart body writes it: scalar, list, file (multipart only) or json (nested values).</param>
/// <param name="FormCodec">The text codec for form values (of an item, for lists).</param>
/// <param name="FormItemType">The item type for list form values.</param>
/// <param name="Utf8WireLiteral">The JSON name as a <c>u8</c> literal (a plain literal if UTF-8 cannot carry it).</param>
internal sealed record PropertyModel(
    string Name,
    string FieldName,
    string WireLiteral,
    string Type,
    string ValueType,
    string Codec,
    string ValueCodec,
    bool Required,
    bool WritesNull,
    bool Deprecated,
    string FormShape,
    string FormCodec,
    string FormItemType,
    string Utf8WireLiteral,
    string Summary);
