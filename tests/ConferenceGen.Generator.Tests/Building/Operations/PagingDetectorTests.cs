using System.Linq;
using ConferenceGen.Generator.Building;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Building.Operations;

/// <summary>Which list operations get an all-pages method, and where it finds the items and the next page's link.</summary>
public sealed class PagingDetectorTests
{
    private static BuiltSpec List(string page, string verb = "get", SpecSettings? settings = null) => BuiltSpec.From(BuiltSpec.Header + $$$"""
        paths:
          /calls:
            {{{verb}}}:
              operationId: listCalls
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Page'}
        components:
          schemas:
            Call:
              type: object
              properties: {sid: {type: string}}
            Page:
        {{{BuiltSpec.Indent(page, 6)}}}
        """, settings);

    [Fact]
    public void An_array_reply_pages_through_the_Link_header_with_methods_named_after_the_operation()
    {
        var paging = List("{type: array, items: {$ref: '#/components/schemas/Call'}}").Operation().Paging;

        Assert.Equal(
            new PagingModel("ListCallsItemsAsync", TypeRef.ListOf(TypeRef.Named(TypeKind.Object, "Call")), TypeRef.Named(TypeKind.Object, "Call"), null, NextLinkSource.LinkHeader, EquatableArray<string>.Empty, false, null)
            {
                RequestMethodName = "ListCallsRequestAsync",
                ReplyMethodName = "ListCallsReplyAsync",
            },
            paging);
    }

    [Fact]
    public void An_object_with_one_array_and_a_next_page_uri_pages_through_that_property()
    {
        var paging = List("""
            type: object
            properties:
              calls: {type: array, items: {$ref: '#/components/schemas/Call'}}
              page: {type: integer}
              next_page_uri: {type: string, nullable: true}
            """).Operation().Paging!;

        Assert.Equal(TypeRef.Named(TypeKind.Object, "Page"), paging.Page);
        Assert.Equal(TypeRef.Named(TypeKind.Object, "Call"), paging.Item);
        Assert.Equal("Calls", paging.ItemsProperty);
        Assert.Equal(NextLinkSource.Property, paging.NextSource);
        Assert.Equal(new[] { "NextPageUri" }, paging.NextPath);
        Assert.Equal("next_page_uri", paging.NextWirePath);
        Assert.False(paging.NextIsUri);
    }

    [Fact]
    public void A_next_link_in_uri_format_is_read_as_a_URI()
    {
        var paging = List("""
            type: object
            properties:
              items: {type: array, items: {type: string}}
              nextLink: {type: string, format: uri}
            """).Operation().Paging!;

        Assert.True(paging.NextIsUri);
        Assert.Equal(new[] { "NextLink" }, paging.NextPath);
    }

    [Fact]
    public void A_next_link_inside_a_known_container_such_as_meta_is_followed()
    {
        var paging = List("""
            type: object
            properties:
              rooms: {type: array, items: {type: string}}
              meta:
                type: object
                properties:
                  next_page_url: {type: string}
            """).Operation().Paging!;

        Assert.Equal(new[] { "Meta", "NextPageUrl" }, paging.NextPath);
        Assert.Equal("meta.next_page_url", paging.NextWirePath);
    }

    [Fact]
    public void A_next_link_inside_another_property_is_not_found_unless_the_project_names_it()
    {
        const string Page = """
            type: object
            properties:
              data: {type: array, items: {type: string}}
              cursor:
                type: object
                properties:
                  next: {type: string}
            """;

        Assert.Null(List(Page).Operation().Paging);
        var named = List(Page, settings: BuiltSpec.Settings() with { NextLinks = new[] { "cursor.next" }.ToEquatableArray() }).Operation().Paging!;
        Assert.Equal(new[] { "Cursor", "Next" }, named.NextPath);
        Assert.Equal("cursor.next", named.NextWirePath);
    }

    [Fact]
    public void A_link_the_project_names_is_tried_before_the_common_ones()
    {
        var paging = List(
            """
            type: object
            properties:
              data: {type: array, items: {type: string}}
              next: {type: string}
              after: {type: string}
            """,
            settings: BuiltSpec.Settings() with { NextLinks = new[] { "after" }.ToEquatableArray() }).Operation().Paging!;

        Assert.Equal("after", paging.NextWirePath);
    }

    [Fact]
    public void A_page_with_two_arrays_has_no_all_pages_method()
    {
        var operation = List("""
            type: object
            properties:
              calls: {type: array, items: {type: string}}
              conferences: {type: array, items: {type: string}}
              next_page_uri: {type: string}
            """).Operation();

        Assert.Null(operation.Paging);
    }

    [Fact]
    public void A_page_without_a_next_link_has_no_all_pages_method()
    {
        var operation = List("""
            type: object
            properties:
              calls: {type: array, items: {type: string}}
              total: {type: integer}
            """).Operation();

        Assert.Null(operation.Paging);
    }

    [Fact]
    public void A_next_link_that_is_no_text_is_no_link()
    {
        var operation = List("""
            type: object
            properties:
              calls: {type: array, items: {type: string}}
              next: {type: integer}
            """).Operation();

        Assert.Null(operation.Paging);
    }

    [Fact]
    public void Only_GET_operations_page()
    {
        var operation = List("{type: array, items: {type: string}}", verb: "post").Operation();

        Assert.Null(operation.Paging);
    }

    [Fact]
    public void A_list_operation_whose_reply_can_be_empty_does_not_page()
    {
        var operation = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /calls:
                get:
                  operationId: listCalls
                  responses:
                    '200': {description: OK, content: {application/json: {schema: {type: array, items: {type: string}}}}}
                    '204': {description: none}
            """).Operation();

        Assert.Null(operation.Paging);
    }

    [Fact]
    public void The_all_pages_method_takes_a_number_when_an_operation_has_its_name()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /calls/all:
                get: {operationId: listCallsItems, responses: {'204': {description: none}}}
              /calls:
                get:
                  operationId: listCalls
                  responses:
                    '200': {description: OK, content: {application/json: {schema: {type: array, items: {type: string}}}}}
            """);

        Assert.Equal("ListCallsItems2Async", spec.Operation("ListCallsAsync").Paging!.MethodName);
    }
}
