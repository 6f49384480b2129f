namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// What a model's slot holds for a required property whose text its codec refused: the reply is still read, the
/// property throws when it is read, and the text is written back as it came.
/// </summary>
internal sealed class UnreadValue
{
    private readonly string _model;
    private readonly string _property;
    private readonly string _reason;

    public UnreadValue(string model, string property, string text, string reason)
    {
        _model = model;
        _property = property;
        _reason = reason;
        Text = text;
    }

    public string Text { get; }

    public ApiValueFormatException ToException() => new(_model, _property, Text, _reason);
}
