using System;
using System.Linq;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Reading.Markdown;

/// <summary>
/// A reference page (a title, a request line, a parameters table, examples) is a spec: its operation, body and
/// credentials are derived from the page, and every type the page does not state is reported at the table row
/// where it was guessed (lines and columns here are 0-based; the IDE shows them 1-based).
/// </summary>
public sealed class ReferencePageTests
{
    private const string TypedPage = """
        ## Create Bridge
        Joins two calls.

        <code class="post">POST</code>`https://api.example.com/v3/accounts/{accountId}/bridges`

        | Parameter | Type    | Description                          | Mandatory |
        |:----------|:--------|:-------------------------------------|:----------|
        | callId    | string  | The first call.                      | Yes       |
        | otherId   | string  | The second call.                     | Yes       |
        | timeout   | integer | How long to wait, in seconds.        | No        |
        | record    | `bool`  | If `true`, the bridge is recorded.   | No        |

        ```bash
        curl -X POST https://api.example.com/v3/accounts/{accountId}/bridges \
          -H "Authorization: Bearer {token}" \
          -H "Content-Type: application/json" \
          -d '{"callId": "c-1", "otherId": "c-2", "timeout": "30"}'
        ```
        """;

    [SkippableFact]
    public void The_bandwidth_voice_page_generates_a_client_that_compiles_cleanly()
    {
        var result = GeneratorHarness.Run(SeedPages.Load(SeedPages.BandwidthVoice, "/project/specs/bandwidth-voice.md"));

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
        Assert.Contains("Tests.BandwidthVoice.ModifyConferenceRequest.g.cs", result.Sources.Keys);
    }

    [SkippableFact]
    public void The_operation_is_named_after_the_call_the_sdk_examples_make_or_else_after_the_title()
    {
        var voice = GeneratorHarness.Run(SeedPages.Load(SeedPages.BandwidthVoice, "/project/specs/bandwidth-voice.md"));
        var catapult = GeneratorHarness.Run(SeedPages.Load(SeedPages.Catapult, "/project/specs/bandwidth-catapult.md"));

        // Six SDK examples call modifyConference (modify_conference, ModifyConference); Catapult's SDK calls name no conference.
        Assert.Contains("Tests.BandwidthVoice.BandwidthVoiceClient.ModifyConferenceAsync.g.cs", voice.Sources.Keys);
        Assert.Contains("Tests.BandwidthCatapult.BandwidthCatapultClient.UpdateConferenceAsync.g.cs", catapult.Sources.Keys);
    }

    [SkippableFact]
    public void Every_inferred_type_is_an_info_at_its_table_row_saying_where_it_came_from()
    {
        var result = GeneratorHarness.Run(SeedPages.Load(SeedPages.Catapult, "/project/specs/bandwidth-catapult.md"));

        var inferred = result.GeneratorDiagnostics.Where(d => d.Id == "CG0012").ToDictionary(d => d.GetMessage().Split('\'')[1]);
        Assert.All(inferred.Values, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Equal(new[] { "userId", "conferenceId", "state", "hold", "mute", "callbackUrl", "callbackHttpMethod", "callbackTimeout", "fallbackUrl", "tag" }.Order(), inferred.Keys.Order());

        Assert.Equal(17, Line(inferred["mute"]));
        Assert.Contains("boolean, inferred from its description (\"if `true`\")", inferred["mute"].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("integer, inferred from its description (a duration \"in milliseconds\")", inferred["callbackTimeout"].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("string (one of GET, POST)", inferred["callbackHttpMethod"].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("string (uri), inferred from its name and description", inferred["callbackUrl"].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("string, inferred from nothing on the page", inferred["tag"].GetMessage(), StringComparison.Ordinal);

        // Path parameters have no row: they are reported at the URL of the request line.
        Assert.Equal(7, Line(inferred["userId"]));
        Assert.Equal("https://api.catapult.inetwork.com/v1/users/{userId}/conferences/{conferenceId}".Length, inferred["userId"].Location.SourceSpan.Length);
    }

    [SkippableFact]
    public void An_example_that_sends_a_string_for_a_documented_boolean_is_reported_and_the_boolean_is_kept()
    {
        var result = GeneratorHarness.Run(SeedPages.Load(SeedPages.Catapult, "/project/specs/bandwidth-catapult.md"));

        var disagreement = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "CG0013");
        Assert.Equal(17, Line(disagreement));
        Assert.Equal("The example 'Example 2 of 2: Prevent all members from speaking' sends \"true\" for 'mute', but the page documents boolean; the documented type is generated", disagreement.GetMessage());
        Assert.Contains("public bool? Mute", result.Sources["Tests.BandwidthCatapult.UpdateConferenceRequest.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_column_decides_and_is_not_reported_as_inferred()
    {
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/bridges.md", TypedPage));

        var model = result.Sources["Tests.Bridges.CreateBridgeRequest.g.cs"];
        Assert.Contains("string CallId", model, StringComparison.Ordinal);
        Assert.Contains("public long? Timeout", model, StringComparison.Ordinal);
        Assert.Contains("public bool? Record", model, StringComparison.Ordinal);
        var inferred = result.GeneratorDiagnostics.Where(d => d.Id == "CG0012").Select(d => d.GetMessage().Split('\'')[1]);
        Assert.Equal(["accountId"], inferred);
        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
    }

    [Fact]
    public void An_example_that_disagrees_with_the_type_column_is_reported_at_the_row()
    {
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/bridges.md", TypedPage));

        var disagreement = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "CG0013");
        Assert.Equal(9, Line(disagreement));
        Assert.Contains("sends \"30\" for 'timeout', but the page documents integer", disagreement.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Required_rows_are_required_members_and_a_bearer_header_makes_a_bearer_credential()
    {
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/bridges.md", TypedPage));

        Assert.Contains("required string CallId", result.Sources["Tests.Bridges.CreateBridgeRequest.g.cs"], StringComparison.Ordinal);
        Assert.Contains("Bearer", result.Sources["Tests.Bridges.BridgesClientOptions.g.cs"], StringComparison.Ordinal);
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line;
}
