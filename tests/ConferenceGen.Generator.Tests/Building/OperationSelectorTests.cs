using System.Linq;
using ConferenceGen.Generator.Building;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Building;

/// <summary>Which operations a project's Include and Exclude filters keep: tags, path globs and operationId globs.</summary>
public sealed class OperationSelectorTests
{
    private const string Telephony = BuiltSpec.Header + """
        paths:
          /2010-04-01/Accounts/{sid}/Calls.json:
            get: {operationId: listCalls, tags: [Calls], responses: {'204': {description: none}}}
            post: {operationId: createCall, tags: [Calls], responses: {'204': {description: none}}}
          /2010-04-01/Accounts/{sid}/Conferences/{conference}/Participants.json:
            get: {operationId: listParticipants, tags: [Conferences], responses: {'204': {description: none}}}
          /v1/Rooms:
            get:
              operationId: listRooms
              tags: [Video]
              responses:
                '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/RoomPage'}}}}
        components:
          schemas:
            RoomPage: {type: object, properties: {rooms: {type: array, items: {$ref: '#/components/schemas/Room'}}}}
            Room: {type: object, properties: {sid: {type: string}}}
            Unused: {type: object, properties: {sid: {type: string}}}
        """;

    private static string[] Selected(OperationFilter filter) =>
        BuiltSpec.From(Telephony, BuiltSpec.Settings() with { Operations = filter }).Operations.Select(o => o.MethodName.Replace("Async", string.Empty)).ToArray();

    private static EquatableArray<string> Of(params string[] values) => values.ToEquatableArray();

    [Fact]
    public void Included_tags_select_their_operations_whatever_the_case() =>
        Assert.Equal(new[] { "ListCalls", "CreateCall", "ListRooms" }, Selected(OperationFilter.All with { IncludeTags = Of("calls", "VIDEO") }));

    [Fact]
    public void A_star_in_a_path_glob_matches_within_one_segment_only() =>
        Assert.Equal(new[] { "ListCalls", "CreateCall" }, Selected(OperationFilter.All with { IncludePaths = Of("/2010-04-01/Accounts/*/*.json") }));

    [Fact]
    public void A_double_star_in_a_path_glob_matches_across_segments() =>
        Assert.Equal(new[] { "ListCalls", "CreateCall", "ListParticipants" }, Selected(OperationFilter.All with { IncludePaths = Of("/2010-04-01/**.json") }));

    [Fact]
    public void An_operationId_glob_matches_across_any_characters() =>
        Assert.Equal(new[] { "ListCalls", "ListParticipants", "ListRooms" }, Selected(OperationFilter.All with { IncludeOperations = Of("list*") }));

    [Fact]
    public void Any_include_filter_selects_an_operation() =>
        Assert.Equal(new[] { "CreateCall", "ListRooms" }, Selected(OperationFilter.All with { IncludeTags = Of("Video"), IncludeOperations = Of("createCall") }));

    [Fact]
    public void An_exclude_filter_wins_over_the_include_filters() =>
        Assert.Equal(new[] { "ListCalls" }, Selected(OperationFilter.All with { IncludeTags = Of("Calls"), ExcludeOperations = Of("create?all") }));

    [Fact]
    public void With_filters_only_the_schemas_of_the_chosen_operations_are_built()
    {
        var spec = BuiltSpec.From(Telephony, BuiltSpec.Settings() with { Operations = OperationFilter.All with { IncludeTags = Of("Video") } });

        Assert.Equal(new[] { "RoomPage", "Room" }, spec.TypeNames);
    }

    [Fact]
    public void Filters_that_select_no_operation_report_CG0010_with_the_number_of_operations()
    {
        var spec = BuiltSpec.From(Telephony, BuiltSpec.Settings() with { Operations = OperationFilter.All with { IncludeTags = Of("Fax") } });

        Assert.Empty(spec.Operations);
        Assert.Contains("none of its 4 operations", spec.Message("CG0010"), System.StringComparison.Ordinal);
    }
}
