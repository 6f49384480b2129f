using System.Collections.Generic;
using System.Text.Json.Nodes;
using ConferenceGen.Generator.Diagnostics;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// Decides the type of each parameter a reference page lists, and notes every guess at the parameter's place:
/// a Type column names the type; without one, a description that states a type decides, then the examples'
/// values, then string. An example that sends another type than the documented one is noted too; the documented
/// type is kept, since it is the contract the vendor states.
/// </summary>
internal sealed class ParameterTyping
{
    private readonly ExampleBodies _examples;
    private readonly List<MarkdownNote> _notes;

    public ParameterTyping(ExampleBodies examples, List<MarkdownNote> notes)
    {
        _examples = examples;
        _notes = notes;
    }

    /// <param name="what">How the note names a parameter without a row ("path parameter", "parameter").</param>
    public ParameterType TypeOf(string name, ParameterRow? row, SpecLocation place, string what)
    {
        var example = _examples.ValueOf(name);
        var exampleType = example is null ? null : ParameterType.OfValue(example.Value.Value);
        if (row?.Type is { } column)
        {
            Disagreement(name, example, exampleType, column, place);
            return column;
        }

        var described = row is null ? null : DescribedType.Of(name, row.Description);
        if (described is { } stated)
        {
            Disagreement(name, example, exampleType, stated.Type, place);
            _notes.Add(new MarkdownNote(MarkdownNoteKind.TypeInferred, place, name, stated.Type.Name, stated.Reason));
            return stated.Type;
        }

        if (exampleType is not null)
        {
            _notes.Add(new MarkdownNote(MarkdownNoteKind.TypeInferred, place, name, exampleType.Name, "the value an example sends (" + example!.Value.Title + ")"));
            return exampleType;
        }

        _notes.Add(new MarkdownNote(MarkdownNoteKind.TypeInferred, place, name, "string", "nothing on the page (no Type column, example or telling description for this " + what + ")"));
        return ParameterType.String;
    }

    private void Disagreement(string name, (JsonNode? Value, string Title)? example, ParameterType? exampleType, ParameterType documented, SpecLocation place)
    {
        if (example is { } sent && exampleType is not null && exampleType.Kind != documented.Kind && !(exampleType.Kind == "integer" && documented.Kind == "number"))
        {
            _notes.Add(new MarkdownNote(MarkdownNoteKind.ExampleDisagrees, place, name, sent.Value?.ToJsonString() ?? "null", sent.Title, documented.Name));
        }
    }
}
