using ConferenceGen.Generator.Reading.Bundling;

namespace ConferenceGen.Generator.Tests.Reading.Bundling;

/// <summary>
/// Each YAML and JSON file is scanned once per edit: whether it is a spec of its own, and which files it refers to.
/// An ordinary spec, whose references are all local, is not parsed by the scan at all (the spec is parsed once, when
/// it is generated): a spec text that would not even parse still scans as a spec that refers to no file.
/// </summary>
public sealed class ReferenceScannerTests
{
    [Theory]
    [InlineData("openapi: 3.0.3\npaths: {$ref: '#/x'\n")]
    [InlineData("openapi: 3.0.3\npaths:\n  /a:\n    $ref:\n      \"#/x\"\n  /b: [\n")]
    [InlineData("openapi: 3.0.3\npaths:\n  /a:\n    $ref: >-\n      #/x\n  /b: [\n")]
    [InlineData("{\"openapi\": \"3.0.3\", \"paths\": {\"$ref\": \"#/x\"}, \"x\": }")]
    public void A_spec_whose_references_are_all_local_is_taken_as_a_spec_without_parsing(string text)
    {
        Assert.Equal(new ReferenceScan(true, true, EquatableArray<string>.Empty), ReferenceScanner.Scan(text));
    }

    [Fact]
    public void A_file_that_refers_to_files_is_parsed_and_lists_each_file_once_leaving_extensions_alone()
    {
        var scan = ReferenceScanner.Scan("""
            paths:
              /a: {$ref: 'paths/a.yaml'}
              /b: {$ref: "paths/a.yaml#/b"}
              /c: {$ref: '#/components/x'}
              /d:
                get:
                  x-codeSamples: [{source: {$ref: ../code/get.cs}}]
                  responses: {'200': {$ref: 'https://example.com/r.yaml'}}
            """);

        Assert.Equal(new ReferenceScan(true, false, new EquatableArray<string>(new[] { "paths/a.yaml", "https://example.com/r.yaml" })), scan);
    }

    [Theory]
    [InlineData("")]
    [InlineData("paths: {$ref: './a.yaml'\n")]
    public void An_empty_or_broken_file_that_may_refer_to_files_is_unreadable(string text)
    {
        Assert.Equal(ReferenceScan.Unreadable, ReferenceScanner.Scan(text));
    }
}
