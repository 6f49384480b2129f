using System;

namespace ConferenceGen.Runtime;

/// <summary>
/// A required property of a reply held text that its .NET type cannot hold (a URI <see cref="Uri"/> refuses, a
/// date that is not a date). The reply was still read: only this property throws, when it is read, and the model
/// sends the text back unchanged.
/// </summary>
public sealed class ApiValueFormatException : FormatException
{
    internal ApiValueFormatException(string model, string property, string text, string reason)
        : base($"{model}.{property} holds a value its type cannot hold ({reason}); the text is in {nameof(Text)}.")
    {
        Model = model;
        Property = property;
        Text = text;
    }

    /// <summary>The model's name.</summary>
    public string Model { get; }

    /// <summary>The property's wire name.</summary>
    public string Property { get; }

    /// <summary>The text the server sent.</summary>
    public string Text { get; }
}
