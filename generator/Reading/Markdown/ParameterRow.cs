using System.Collections.Generic;
using ConferenceGen.Generator.Diagnostics;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>One row of a reference page's parameters table: a name, what the row says of it, and the row's place.</summary>
/// <param name="Type">The Type column's type; null when the table has no Type column or leaves it empty.</param>
/// <param name="In">Where the parameter goes (path, query, header, cookie, body) when its group says so; null for a table row, which goes by the method.</param>
internal sealed record ParameterRow(string Name, string Description, bool Required, ParameterType? Type, SpecLocation Place, string? In = null)
{
    /// <summary>The rows of a rendered page's parameter groups, typed as each entry says.</summary>
    public static IEnumerable<ParameterRow> Of(string path, RenderedSections rendered)
    {
        foreach (var (location, entry) in rendered.Parameters)
        {
            var schema = entry.Schema();
            schema.Remove("description");
            yield return new ParameterRow(entry.Name, entry.Description, entry.Required == true || location == "path", ParameterType.FromSchema(schema, entry.TypeName), entry.Line.Location(path), location);
        }
    }

    /// <summary>
    /// The rows that name a parameter, in table order. A Type column the reader does not know is taken as string,
    /// and a note says so at the row.
    /// </summary>
    public static List<ParameterRow> Read(string path, MarkdownTable? table, List<MarkdownNote> notes)
    {
        var rows = new List<ParameterRow>();
        if (table is null)
        {
            return rows;
        }

        var nameColumn = table.Column("Parameter", "Name", "Field");
        var descriptionColumn = table.Column("Description");
        var requiredColumn = table.Column("Mandatory", "Required");
        var typeColumn = table.Column("Type");
        foreach (var row in table.Rows)
        {
            var name = Words.CodeText(row.Cell(nameColumn));
            if (name.Length == 0)
            {
                continue;
            }

            var required = Words.IsYes(row.Cell(requiredColumn));
            var typeText = row.Cell(typeColumn);
            var type = typeText.Length == 0 ? null : ParameterType.Named(typeText);
            if (typeText.Length > 0 && type is null)
            {
                notes.Add(new MarkdownNote(MarkdownNoteKind.TypeInferred, row.Line.Location(path), name, "string", "nothing the reader knows (the Type column says '" + typeText + "')"));
                type = ParameterType.String;
            }

            rows.Add(new ParameterRow(name, Words.Description(row.Cell(descriptionColumn)), required, type, row.Line.Location(path)));
        }

        return rows;
    }
}
