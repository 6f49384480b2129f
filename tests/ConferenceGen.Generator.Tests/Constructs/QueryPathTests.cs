using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Testing;

namespace ConferenceGen.Generator.Tests.Constructs;

/// <summary>A path key with a literal query (<c>/items?action=delete</c>) is an operation that sends that query on every call (querypaths.yaml).</summary>
public sealed class QueryPathTests
{
    [Fact]
    public async Task The_literal_query_arrives_before_the_operations_own_query_parameters()
    {
        using var generated = Generated.Compile("querypaths.yaml", "Tests.Querypaths");
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(204));
        using var http = new HttpClient();

        await generated.Client("QuerypathsClient", server, http).DeleteItemsAsync(new List<string> { "a", "b c" });

        var request = server.SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/items?action=delete&id=a&id=b%20c", request.Target);
    }

    [Fact]
    public async Task Literal_values_are_decoded_and_encoded_again_and_a_name_without_a_value_stays_one()
    {
        using var generated = Generated.Compile("querypaths.yaml", "Tests.Querypaths");
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"id":"r/1"}"""));
        using var http = new HttpClient();

        dynamic reply = await generated.Client("QuerypathsClient", server, http).GetResponsesIdBetaTrueViewFullTextFlagAsync("r/1");

        Assert.Equal("/responses/r%2F1?beta=true&view=full%20text&flag", server.SingleRequest().Target);
        Assert.Equal("r/1", reply.Id);
    }

    [Fact]
    public async Task Keys_that_differ_only_in_their_query_are_distinct_operations()
    {
        using var generated = Generated.Compile("querypaths.yaml", "Tests.Querypaths");
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(204));
        using var http = new HttpClient();
        var client = generated.Client("QuerypathsClient", server, http);

        await client.DeleteItemAsync("x");
        await client.DeleteItemsActionArchiveAsync();
        await client.GetResponsesIdBetaFalseAsync("r1");

        Assert.Equal(
            new[] { "DELETE /items?id=x", "POST /items?action=archive", "GET /responses/r1?beta=false" },
            server.Requests.Select(r => r.Method + " " + r.Target));
    }

    [Fact]
    public void A_second_operation_id_of_the_same_name_is_told_apart_by_its_query_and_reported()
    {
        var result = GeneratorHarness.Run(ConstructSpecs.Load("querypaths.yaml"));

        var renamed = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "CG0006");
        Assert.Contains("'DeleteItemsActionArchiveAsync'", renamed.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/x?", "/x")]
    [InlineData("/x?&&a=1&", "/x?a=1")]
    [InlineData("/x?=1&b", "/x?b")]
    [InlineData("/x?a=%ZZ&c=1?2", "/x?a=%25ZZ&c=1%3F2")]
    public async Task Odd_literal_queries_are_sent_as_far_as_they_mean_anything(string path, string target)
    {
        var spec = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  " + path + ":\n    get:\n      operationId: odd\n      responses: {'204': {description: OK}}\n";
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/api.yaml", spec));
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileProblems);
        using var generated = new Generated(LoadedAssembly.From(result.Output), "Tests.Api");
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(204));
        using var http = new HttpClient();

        await generated.Client("ApiClient", server, http).OddAsync();

        Assert.Equal(target, server.SingleRequest().Target);
    }

    [Theory]
    [InlineData("/search#calls", "its path holds a fragment ('#'), which is never sent")]
    [InlineData("/search?id={id}", "its query holds a template variable")]
    public void A_fragment_or_a_variable_in_the_query_skips_the_operation(string path, string reason)
    {
        var spec = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  " + path + ":\n    get:\n      responses: {'204': {description: OK}}\n";
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/api.yaml", spec));

        var skipped = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("CG0007", skipped.Id);
        Assert.Contains(reason, skipped.GetMessage(), StringComparison.Ordinal);
    }
}
