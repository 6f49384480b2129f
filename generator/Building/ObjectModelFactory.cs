using System.Linq;
using System.Text.Json.Nodes;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;

namespace ConferenceGen.Generator.Building;

/// <summary>Freezes an <see cref="ObjectBuilder"/> into the equatable <see cref="ObjectModel"/> the templates print.</summary>
internal static class ObjectModelFactory
{
    public static ObjectModel Create(ObjectBuilder builder)
    {
        var properties = builder.Properties.Select(Property).ToEquatableArray();
        var additional = builder.AdditionalProperties is var (name, map)
            ? new AdditionalPropertiesModel(name, Identifier.Field(name), map.Item!.Nullable ? map.Item.NullableType : map.Item.Type, map.Item.Nullable ? map.Item.NullableCodec : map.Item.Codec)
            : null;
        return new ObjectModel(builder.Name, builder.Summary, properties, properties.Any(p => p.Required), builder.IsFormBody, builder.IsMultipartBody, additional);
    }

    private static PropertyModel Property(PropertyDraft draft)
    {
        var type = draft.Type;
        var nonNull = draft.Required && !type.Nullable;
        var (formShape, formCodec, formItemType) = type switch
        {
            { IsText: true } => ("scalar", type.Codec, type.Type),
            { Shape: "file" } => ("file", type.Codec, type.Type),
            { Shape: "list", Item: { IsText: true, Nullable: false } item } => ("list", item.Codec, item.Type),
            _ => ("json", type.Codec, type.Type),
        };

        var defaultText = draft.Schema.Default is { } value ? "Default: " + DefaultText(value) + "." : null;
        return new PropertyModel(
            draft.Name,
            Identifier.Field(draft.Name),
            CSharpLiteral.String(draft.WireName),
            nonNull ? type.Type : type.NullableType,
            type.Type,
            nonNull ? type.Codec : type.NullableCodec,
            type.Codec,
            draft.Required,
            type.Nullable,
            draft.Schema.Deprecated,
            formShape,
            formCodec,
            formItemType,
            CSharpLiteral.Utf8(draft.WireName) ?? CSharpLiteral.String(draft.WireName),
            DocText.Summary(draft.Schema.Description, defaultText));
    }

    private static string DefaultText(JsonNode value) =>
        value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
}
