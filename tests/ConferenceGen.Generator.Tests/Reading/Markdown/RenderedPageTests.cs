using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ConferenceGen.Generator.Reading.Markdown;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Generator.Tests.MarkdownPages;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Reading.Markdown;

/// <summary>
/// API reference pages as docs sites render them, saved as text: a request line with a path, parameter groups by
/// location, entries bulleted (<c>• name type Required</c>) or run together (<c>nametypeRequired</c>), values,
/// defaults, nullability, the body's media type, response attributes and examples. A page that lacks what a client
/// needs gets a warning that says what to add, and front matter or item metadata supplies it. A README stays a README.
/// </summary>
public sealed class RenderedPageTests
{
    private const string Bulleted = """
        List messages

        GET /v2/accounts/{accountId}/messages

        Returns the messages of an account, newest first.

        Path parameters

          • accountId string Required

            The account.

        Query parameters

          • pageSize integer(int32)

            How many to return.

            Default value is 20.

          • direction string

            Values are inbound or outbound.

        Headers

          • X-Request-Id string(uuid)

            Set to trace the request.

        Responses

          • 200

            OK

            • messages array[object]

              The page.

              • id string Required

                The message.

              • sent_at string(date-time) | null

                When it left.

            • next string | null

              The next page's URL.

        curl \
         -X GET https://api.example.com/v2/accounts/{accountId}/messages?pageSize=20 \
         -H "Authorization: Bearer $TOKEN"
        """;

    private const string RunTogether = """
        search

        Query parameters

        qstringRequired
        What to look for.
        tagslist of stringOptional
        Tags that all must match.
        limitintegerOptionalDefaults to 10
        How many to return.
        orderenumOptional
        Allowed values:
        asc
        desc

        Response

        totalintegerRequired
        How many there are.
        """;

    private static JsonObject Document(string text, PageRequest? request = null)
    {
        var spec = MarkdownSpec.Read("/project/specs/page.md", text, request);
        Assert.Equal(MarkdownShape.ReferencePage, spec.Shape);
        return Assert.Single(spec.Parts).Document;
    }

    [Fact]
    public void Bulleted_groups_give_path_query_and_header_parameters_with_their_types_defaults_and_values()
    {
        var document = Document(Bulleted);

        Assert.Equal("https://api.example.com", (string?)document["servers"]![0]!["url"]);
        var operation = document["paths"]!["/v2/accounts/{accountId}/messages"]!["get"]!;
        Assert.Equal("Returns the messages of an account, newest first.", (string?)operation["description"]);
        var parameters = operation["parameters"]!.AsArray().ToDictionary(p => (string)p!["name"]!);
        Assert.Equal(("path", true), ((string)parameters["accountId"]!["in"]!, (bool)parameters["accountId"]!["required"]!));
        Assert.Equal(("query", "integer", "int32", 20), ((string)parameters["pageSize"]!["in"]!, (string)parameters["pageSize"]!["schema"]!["type"]!, (string)parameters["pageSize"]!["schema"]!["format"]!, (int)(long)parameters["pageSize"]!["schema"]!["default"]!));
        Assert.Equal(new[] { "inbound", "outbound" }, parameters["direction"]!["schema"]!["enum"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(("header", "uuid"), ((string)parameters["X-Request-Id"]!["in"]!, (string)parameters["X-Request-Id"]!["schema"]!["format"]!));
        Assert.Equal(JsonValue.Create("bearer")!.ToJsonString(), document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.ToJsonString());
    }

    [Fact]
    public void Response_attributes_indented_under_an_object_are_its_properties_and_null_makes_them_nullable()
    {
        var schema = Document(Bulleted)["paths"]!["/v2/accounts/{accountId}/messages"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;

        Assert.Equal("array", (string?)schema["properties"]!["messages"]!["type"]);
        var message = schema["properties"]!["messages"]!["items"]!;
        Assert.Equal("object", (string?)message["type"]);
        Assert.Equal(new[] { "id" }, message["required"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(("date-time", true), ((string)message["properties"]!["sent_at"]!["format"]!, (bool)message["properties"]!["sent_at"]!["nullable"]!));
        Assert.True((bool)schema["properties"]!["next"]!["nullable"]!);
    }

    [Fact]
    public void Entries_run_together_as_fern_prints_them_are_read_with_lists_defaults_and_allowed_values()
    {
        var document = Document("---\nmethod: GET\npath: /search\nserver: https://api.example.com\n---\n" + RunTogether);

        var operation = document["paths"]!["/search"]!["get"]!;
        var parameters = operation["parameters"]!.AsArray().ToDictionary(p => (string)p!["name"]!);
        Assert.True((bool)parameters["q"]!["required"]!);
        Assert.Equal(("array", "string"), ((string)parameters["tags"]!["schema"]!["type"]!, (string)parameters["tags"]!["schema"]!["items"]!["type"]!));
        Assert.Equal("10", parameters["limit"]!["schema"]!["default"]!.ToString());
        Assert.Equal(new[] { "asc", "desc" }, parameters["order"]!["schema"]!["enum"]!.AsArray().Select(v => (string)v!));
        Assert.Equal("integer", (string?)operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["properties"]!["total"]!["type"]);
    }

    [Fact]
    public void A_page_without_a_request_line_is_a_located_warning_that_says_what_to_add_and_generates_nothing()
    {
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/search.md", RunTogether));

        var warning = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("CG0019", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Equal(0, warning.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(
            "'search.md' does not say its method and path (it has no request line such as 'POST /accounts/{id}') or its server; no operation is generated from it. "
            + "Add 'method: POST', 'path: /…', 'server: https://…' and 'auth: basic' or 'auth: bearer' if requests carry credentials (the page names none) "
            + "as front matter at the top of the page (between two lines '---'), or as metadata of its ConferenceGenSpec item",
            warning.GetMessage());
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Item_metadata_supplies_what_the_page_lacks_and_overrides_its_front_matter()
    {
        var metadata = new Dictionary<string, string> { ["Method"] = "GET", ["Path"] = "/v3/search", ["Server"] = "https://api.example.com" };
        var page = "---\nmethod: POST\npath: /v1/search\n---\n" + RunTogether;

        var result = GeneratorHarness.Run(new SpecFile("/project/specs/search.md", page, metadata));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileProblems);
        Assert.Contains("<c>GET /v3/search</c>", SplitSource(result, "SearchAsync.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_whose_media_type_the_page_does_not_say_is_sent_as_json_and_the_warning_says_so()
    {
        var page = "Create note\n\nPOST https://api.example.com/notes\n\nBody\n\n  • text string Required\n\n    The note.\n";

        var result = GeneratorHarness.Run(new SpecFile("/project/specs/notes.md", page));

        var warning = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("CG0019", warning.Id);
        Assert.StartsWith("'notes.md' does not say the media type of its request body; the body is sent as JSON. Add 'mediaType: application/json' (or application/x-www-form-urlencoded)", warning.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(result.CompileProblems);
    }

    public static TheoryData<string, string> Readmes => new()
    {
        { "a heading and prose", "# Specs\n\nThe vendors' pages, saved from their sites.\n" },
        { "a request line in prose, with nothing typed", "Notes\n\nThe health check is\n\nGET /status\n\nand answers 200.\n" },
        { "a typed list without a group heading", "Setup\n\n  • region string Required\n\n    Where the account lives.\n" },
    };

    [Theory]
    [MemberData(nameof(Readmes))]
    public void A_readme_stays_a_readme(string what, string text)
    {
        var spec = MarkdownSpec.Read("/project/specs/README.md", text);

        Assert.True(spec.Shape == MarkdownShape.None, what);
        Assert.Equal(MarkdownNoteKind.NotASpec, Assert.Single(spec.Notes).Kind);
    }

    [SkippableFact]
    public void The_rendered_twilio_page_states_every_type_its_groups_give_and_takes_what_only_its_example_shows()
    {
        var page = SeedPages.Load(SeedPages.TwilioRendered, "/project/specs/twilio-update-conference.md");
        var spec = MarkdownSpec.Read(page.Path, page.Text);

        Assert.Empty(spec.Notes);
        var document = Assert.Single(spec.Parts).Document;
        Assert.Equal("https://api.twilio.com", (string?)document["servers"]![0]!["url"]);
        var operation = document["paths"]!["/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json"]!["post"]!;
        Assert.NotNull(operation["requestBody"]!["content"]!["application/x-www-form-urlencoded"]);
        var body = document["components"]!["schemas"]!["UpdateConferenceRequest"]!["properties"]!;
        Assert.Equal(new[] { "AnnounceMethod", "AnnounceUrl", "Status" }, body.AsObject().Select(p => p.Key));
        Assert.Equal(new[] { "HEAD", "GET", "POST", "PATCH", "PUT", "DELETE" }, body["AnnounceMethod"]!["enum"]!.AsArray().Select(v => (string)v!));
        Assert.Equal("uri", (string?)body["AnnounceUrl"]!["format"]);
        Assert.Equal(new[] { "completed" }, body["Status"]!["enum"]!.AsArray().Select(v => (string)v!));

        var reply = operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["properties"]!;
        Assert.Equal(("date-time-rfc-2822", true), ((string)reply["date_created"]!["format"]!, (bool)reply["date_created"]!["nullable"]!));

        // Two attributes lost their names in the saving; the response example still has them.
        Assert.NotNull(reply["call_sid_ending_conference"]);
        Assert.NotNull(reply["reason_conference_ended"]);
    }

    [SkippableFact]
    public void The_fern_signalwire_page_asks_for_its_request_and_takes_it_from_front_matter()
    {
        var bare = GeneratorHarness.Run(SeedPages.Load(SeedPages.SignalWireFern, "/project/specs/signalwire-update.md"));
        var warning = Assert.Single(bare.GeneratorDiagnostics);
        Assert.Equal("CG0019", warning.Id);
        Assert.Contains("its method and path", warning.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("the media type of its request body", warning.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(bare.Sources);

        var completed = GeneratorHarness.Run(SeedPages.Load(SeedPages.SignalWireFern, "/project/specs/signalwire-update.md", RenderedPageWireTests.SignalWireFrontMatter));
        Assert.DoesNotContain(completed.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(completed.CompileProblems);
        Assert.Contains(completed.Sources.Keys, key => key.EndsWith("SignalwireUpdateClient.UpdateAsync.g.cs", StringComparison.Ordinal));
    }

    private static string SplitSource(GeneratorResult result, string suffix) =>
        result.Sources.Single(s => s.Key.EndsWith(suffix, StringComparison.Ordinal)).Value;
}
