namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>An ATX heading (<c>## Title</c>): its level, its text and its line.</summary>
internal sealed record MarkdownHeading(int Level, string Text, MarkdownLine Line);
