using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Building.Operations;

/// <summary>A path template as fixed text, encoded for the wire, and the path parameters that fill its variables.</summary>
public sealed class PathBuilderTests
{
    [Fact]
    public void Fixed_text_and_variables_alternate_in_the_template_order_each_variable_pointing_at_its_parameter()
    {
        var operation = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /accounts/{accountSid}/calls/{callSid}.json:
                get:
                  operationId: getCall
                  parameters:
                    - {name: callSid, in: path, required: true, schema: {type: string}}
                    - {name: accountSid, in: path, required: true, schema: {type: string}}
                  responses: {'204': {description: none}}
            """).Operation();

        Assert.Equal(
            new[] { PathSegment.Fixed("/accounts/"), PathSegment.Of(1), PathSegment.Fixed("/calls/"), PathSegment.Of(0), PathSegment.Fixed(".json") },
            operation.PathSegments);
        Assert.Equal("accountSid", operation.Parameters[1].WireName);
    }

    [Fact]
    public void A_path_variable_no_parameter_declares_becomes_a_required_string_parameter_and_a_CG0008_repair()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /rooms/{roomId}:
                get:
                  operationId: getRoom
                  parameters:
                    - {name: verbose, in: query, schema: {type: boolean}}
                  responses: {'204': {description: none}}
            """);

        var operation = spec.Operation();
        var added = operation.Parameters[1];
        Assert.Equal(
            new ParameterModel("roomId", "roomId", ParameterLocation.Path, TypeRef.String, ParameterShape.Scalar, ParameterStyle.Simple, Explode: false, Required: true, Description: null),
            added);
        Assert.Equal(PathSegment.Of(1), operation.PathSegments[1]);
        Assert.Contains("'{roomId}'", spec.Message("CG0008"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_parameter_of_the_variable_s_name_does_not_fill_the_path_and_the_added_one_takes_a_number()
    {
        var operation = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /rooms/{id}:
                get:
                  operationId: getRoom
                  parameters:
                    - {name: id, in: query, schema: {type: string}}
                  responses: {'204': {description: none}}
            """).Operation();

        Assert.Equal(new[] { ("id", ParameterLocation.Query), ("id2", ParameterLocation.Path) }, operation.Parameters.Select(p => (p.Name, p.Location)));
        Assert.Equal(PathSegment.Of(1), operation.PathSegments[1]);
    }

    [Fact]
    public void Literal_text_a_URI_path_cannot_hold_is_percent_encoded_as_UTF8()
    {
        var operation = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              '/files/my report"é"':
                get: {operationId: getReport, responses: {'204': {description: none}}}
            """).Operation();

        Assert.Equal(new[] { PathSegment.Fixed("/files/my%20report%22%C3%A9%22") }, operation.PathSegments);
    }

    [Fact]
    public void Existing_escapes_and_the_characters_a_path_allows_are_kept_as_written()
    {
        var operation = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              '/a%2Fb/$x;v=1/@me:~it''s*(1)+,!':
                get: {operationId: getThing, responses: {'204': {description: none}}}
            """).Operation();

        Assert.Equal(new[] { PathSegment.Fixed("/a%2Fb/$x;v=1/@me:~it's*(1)+,!") }, operation.PathSegments);
    }

    [Fact]
    public void A_percent_sign_that_starts_no_escape_is_encoded()
    {
        var operation = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /discount/50%off:
                get: {operationId: getDiscount, responses: {'204': {description: none}}}
            """).Operation();

        Assert.Equal(new[] { PathSegment.Fixed("/discount/50%25off") }, operation.PathSegments);
    }
}
