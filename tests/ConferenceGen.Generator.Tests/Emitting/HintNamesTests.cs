using System;
using System.Linq;
using ConferenceGen.Generator.Emitting;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Emitting;

/// <summary>
/// Generated file names stay short: with <c>EmitCompilerGeneratedFiles</c> each becomes a file under
/// <c>obj/…/generated/ConferenceGen.Generator/ConferenceGen.Generator.Pipeline.ConferenceGenGenerator/</c>, and a long
/// operationId or schema name must not push the path past what the disk (or Windows' 260 characters) allows.
/// </summary>
public sealed class HintNamesTests
{
    [Fact]
    public void A_name_that_fits_is_the_namespace_and_type_with_g_cs()
    {
        Assert.Equal("Acme.Twilio.Conference.g.cs", HintNames.Bounded("Acme.Twilio.Conference"));
        var longest = new string('A', HintNames.MaxLength - ".g.cs".Length);
        Assert.Equal(longest + ".g.cs", HintNames.Bounded(longest));
    }

    [Fact]
    public void A_longer_name_is_cut_to_the_limit_and_ends_in_a_stable_hash_of_the_whole()
    {
        var name = "Acme.Api.ApiClient." + new string('X', 200) + "Async";
        var other = "Acme.Api.ApiClient." + new string('X', 200) + "Bsync";

        var bounded = HintNames.Bounded(name);

        Assert.Equal(HintNames.MaxLength, bounded.Length);
        Assert.StartsWith("Acme.Api.ApiClient.XXXX", bounded, StringComparison.Ordinal);
        Assert.Matches("-[0-9a-f]{8}\\.g\\.cs$", bounded);
        Assert.Equal(bounded, HintNames.Bounded(name));
        Assert.NotEqual(bounded, HintNames.Bounded(other));
    }

    [Fact]
    public void A_spec_with_a_5000_character_operation_id_generates_files_with_short_unique_names_that_compile()
    {
        var id = string.Concat(Enumerable.Repeat("updateConference", 5000 / 16 + 1)).Substring(0, 5000);
        var spec = new SpecFile("/project/specs/long.yaml", """
            openapi: 3.0.3
            info: {title: Long, version: '1'}
            servers: [{url: 'https://api.example.com'}]
            paths:
              /conferences/{sid}:
                post:
                  operationId: OPERATION_ID
                  parameters:
                    - {name: sid, in: path, required: true, schema: {type: string}}
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, properties: {status: {type: string, enum: [completed]}}}
                  responses:
                    '200':
                      description: The conference.
                      content:
                        application/json:
                          schema: {type: object, properties: {sid: {type: string}}}
            """.Replace("OPERATION_ID", id, StringComparison.Ordinal));

        var result = GeneratorHarness.Run(spec);

        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
        Assert.All(result.Sources.Keys, name => Assert.True(name.Length <= HintNames.MaxLength, name));
        Assert.Equal(result.Sources.Count, result.Sources.Keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains(result.Sources.Keys, name => name.StartsWith("Tests.Long.LongClient.UpdateConferenceupdateConference", StringComparison.Ordinal));
    }
}
