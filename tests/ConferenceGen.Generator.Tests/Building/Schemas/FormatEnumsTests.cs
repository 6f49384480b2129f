using System.Linq;
using ConferenceGen.Generator.Building;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Building.Schemas;

/// <summary>Inline string enums of a format of the API's own (Twilio's <c>http-method</c>): one type per format.</summary>
public sealed class FormatEnumsTests
{
    private const string Spec = BuiltSpec.Header + """
        paths:
          /calls:
            post:
              operationId: createCall
              tags: [calls]
              parameters:
                - {name: StatusCallbackMethod, in: query, schema: {type: string, format: http-method, enum: [GET, POST]}}
              responses: {'204': {description: Done}}
          /conferences:
            post:
              operationId: updateConference
              tags: [conferences]
              parameters:
                - {name: AnnounceMethod, in: query, schema: {type: string, format: http-method, enum: [POST, PUT, DELETE]}}
              responses: {'204': {description: Done}}
        components:
          schemas:
            Call:
              type: object
              properties:
                fallback_method: {type: string, format: http-method, enum: [HEAD, GET]}
        """;

    private static TypeRef PropertyType(BuiltSpec spec, string model) => Assert.Single(spec.Object(model).Properties).Type;

    private static TypeRef ParameterType(BuiltSpec spec, string method) => Assert.Single(spec.Operation(method).Parameters).Type;

    [Fact]
    public void Enums_of_one_format_are_one_type_whose_values_are_all_of_theirs_in_document_order()
    {
        var spec = BuiltSpec.From(Spec);

        var shared = TypeRef.Named(TypeKind.Enum, "HttpMethodValue");
        Assert.Equal(new[] { shared, shared, shared }, new[] { ParameterType(spec, "CreateCallAsync"), ParameterType(spec, "UpdateConferenceAsync"), PropertyType(spec, "Call") });
        var type = Assert.Single(spec.Enums);
        Assert.Equal(new[] { ("Get", "GET"), ("Post", "POST"), ("Put", "PUT"), ("Delete", "DELETE"), ("Head", "HEAD") }, type.Members.Select(m => (m.Name, m.WireValue)));
        Assert.Equal((EnumValueKind.String, "Values of `format: http-method`."), (type.ValueKind, type.Description));
    }

    [Fact]
    public void Operations_left_out_by_a_filter_still_give_their_values_so_that_a_filter_never_changes_the_type()
    {
        var settings = BuiltSpec.Settings() with { Operations = OperationFilter.All with { IncludeTags = new[] { "conferences" }.ToEquatableArray() } };

        var type = BuiltSpec.From(Spec, settings).Enum("HttpMethodValue");

        Assert.Equal(new[] { "GET", "POST", "PUT", "DELETE", "HEAD" }, type.Members.Select(m => m.WireValue));
    }

    [Fact]
    public void One_enum_of_a_format_alone_already_has_the_formats_type_so_that_a_second_one_renames_nothing()
    {
        var spec = SchemaCatalogueTests.Components("Call: {type: object, properties: {direction: {type: string, format: call-direction, enum: [inbound, outbound]}}}");

        Assert.Equal(TypeRef.Named(TypeKind.Enum, "CallDirection"), PropertyType(spec, "Call"));
        Assert.Equal("Values of `format: call-direction`.", spec.Enum("CallDirection").Description);
    }

    [Theory]
    [InlineData("http-method", "HttpMethodValue")]
    [InlineData("uri-kind", "UriKindValue")]
    [InlineData("task", "TaskValue")]
    [InlineData("call-status", "CallStatus")]
    public void The_type_is_the_format_in_Pascal_case_unless_the_projects_implicit_usings_import_a_type_of_that_name(string format, string name)
    {
        var spec = SchemaCatalogueTests.Components($"Call: {{type: object, properties: {{value: {{type: string, format: {format}, enum: [a, b]}}}}}}");

        Assert.Equal(TypeRef.Named(TypeKind.Enum, name), PropertyType(spec, "Call"));
    }

    [Fact]
    public void A_component_enum_of_the_format_keeps_its_own_name_and_its_own_values()
    {
        var spec = SchemaCatalogueTests.Components("""
            Verb: {type: string, format: http-method, enum: [PATCH, TRACE]}
            Call:
              type: object
              properties:
                verb: {$ref: '#/components/schemas/Verb'}
                fallback_method: {type: string, format: http-method, enum: [GET, POST]}
            """);

        Assert.Equal(new[] { TypeRef.Named(TypeKind.Enum, "Verb"), TypeRef.Named(TypeKind.Enum, "HttpMethodValue") }, spec.Object("Call").Properties.Select(p => p.Type));
        Assert.Equal(new[] { "PATCH", "TRACE" }, spec.Enum("Verb").Members.Select(m => m.WireValue));
        Assert.Equal(new[] { "GET", "POST" }, spec.Enum("HttpMethodValue").Members.Select(m => m.WireValue));
    }

    [Fact]
    public void A_schema_of_the_spec_named_like_the_shared_type_keeps_its_name_and_the_shared_type_takes_a_number()
    {
        var spec = SchemaCatalogueTests.Components("""
            HttpMethodValue: {type: object, properties: {verb: {type: string}}}
            Call: {type: object, properties: {fallback_method: {type: string, format: http-method, enum: [GET, POST]}}}
            """);

        Assert.Equal(TypeRef.Named(TypeKind.Enum, "HttpMethodValue2"), PropertyType(spec, "Call"));
        Assert.Equal("HttpMethodValue", spec.Object("HttpMethodValue").Name);
    }

    [Theory]
    [InlineData("{type: string, format: uuid, enum: [a, b]}")]
    [InlineData("{type: string, format: date-time-rfc-2822, enum: [a, b]}")]
    [InlineData("{type: integer, format: int32, enum: [1, 2]}")]
    [InlineData("{type: integer, format: status-code, enum: [200, 404]}")]
    [InlineData("{format: status-code, enum: [200, 404]}")]
    public void Standard_formats_and_number_enums_keep_a_type_per_property(string schema)
    {
        var spec = SchemaCatalogueTests.Components($"Call: {{type: object, properties: {{first: {schema}, second: {schema}}}}}");

        Assert.Equal(new[] { TypeRef.Named(TypeKind.Enum, "CallFirst"), TypeRef.Named(TypeKind.Enum, "CallSecond") }, spec.Object("Call").Properties.Select(p => p.Type));
    }

    [Fact]
    public void A_oneOf_of_titled_consts_with_the_format_shares_the_type_and_its_members_keep_their_titles()
    {
        var spec = SchemaCatalogueTests.Components("""
            Call:
              type: object
              properties:
                verb:
                  type: string
                  format: http-method
                  oneOf:
                    - {title: Fetch, description: Reads, const: GET}
                    - {title: Send, const: POST}
                fallback_method: {type: string, format: http-method, enum: [GET, PUT]}
            """, BuiltSpec.Header31);

        Assert.Equal(new[] { new EnumMemberModel("Fetch", "GET", "Reads"), new EnumMemberModel("Send", "POST"), new EnumMemberModel("Put", "PUT") }, spec.Enum("HttpMethodValue").Members);
    }
}
