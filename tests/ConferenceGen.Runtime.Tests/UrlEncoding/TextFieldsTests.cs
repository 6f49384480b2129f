using System.Text.Json;
using ConferenceGen.Runtime.UrlEncoding;

namespace ConferenceGen.Runtime.Tests.UrlEncoding;

/// <summary>How structured values become text fields, whatever place (query, form) takes them.</summary>
public sealed class TextFieldsTests
{
    [Fact]
    public void DeepObject_brackets_members_and_indexes_items_to_any_depth()
    {
        var json = Json("""{"price":"p_1","tiers":[{"up_to":10,"flat":true},{"up_to":null}],"tags":["a","b"],"note":null,"empty":{}}""");

        Assert.Equal(
            "line%5Bprice%5D=p_1&line%5Btiers%5D%5B0%5D%5Bup_to%5D=10&line%5Btiers%5D%5B0%5D%5Bflat%5D=true&line%5Btags%5D%5B0%5D=a&line%5Btags%5D%5B1%5D=b",
            Form(form => TextFields.AddDeep(form, "line", json)));
    }

    [Fact]
    public void DeepObject_of_a_scalar_is_the_plain_field() =>
        Assert.Equal("created=1700000000", Form(form => TextFields.AddDeep(form, "created", Json("1700000000"))));

    [Fact]
    public void A_structured_string_is_sent_without_its_JSON_quotes() =>
        Assert.Equal("description=say+%22hi%22", Form(form => TextFields.AddStructured(form, "description", Json("\"say \\\"hi\\\"\""))));

    [Fact]
    public void A_structured_list_of_scalars_repeats_the_name_and_other_structures_are_JSON_text()
    {
        Assert.Equal("to=a&to=2&to=false", Form(form => TextFields.AddStructured(form, "to", Json("""["a",2,false]"""))));
        Assert.Equal("pairs=%5B%5B1%2C2%5D%5D", Form(form => TextFields.AddStructured(form, "pairs", Json("[[1,2]]"))));
        Assert.Equal("settings=%7B%22theme%22%3A%22dark%22%7D", Form(form => TextFields.AddStructured(form, "settings", Json("""{"theme":"dark"}"""))));
    }

    [Fact]
    public void A_union_body_sends_the_members_of_its_object_and_refuses_a_scalar()
    {
        Assert.Equal("method=card&card%5Bnumber%5D=4242&extra=%7B%22a%22%3A1%7D", Form(form => TextFields.AddMembers(form, Json("""{"method":"card","card":{"number":"4242"},"extra":{"a":1},"gone":null}"""), ["card"])));
        Assert.Throws<System.ArgumentException>(() => Form(form => TextFields.AddMembers(form, Json("\"card\""), null)));
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    private static string Form(System.Action<FormWriter> write)
    {
        using var form = new FormWriter();
        write(form);
        return form.ToString();
    }
}
