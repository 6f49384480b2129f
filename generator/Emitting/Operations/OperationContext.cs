using System.Globalization;
using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Emitting.Operations;

/// <summary>
/// What every part of an operation's method is written for: the namespace that codec expressions name in full, and
/// the dialect of the consumer's compilation; with the small expressions the parts share.
/// </summary>
internal sealed class OperationContext
{
    /// <summary>Every awaited call in generated code continues off the caller's context.</summary>
    public const string Await = ".ConfigureAwait(false)";

    public OperationContext(string ns, Syntax syntax)
    {
        Namespace = ns;
        Syntax = syntax;
    }

    public string Namespace { get; }

    public Syntax Syntax { get; }

    /// <summary>The parameter's name as the method declares it.</summary>
    public static string Name(ParameterModel parameter) => CSharpIdentifier.Of(parameter.Name);

    /// <summary>
    /// The expression of a present value: optional structs are read through <c>.Value</c>, and a parameter fixed to one
    /// value is that value.
    /// </summary>
    public string Value(ParameterModel parameter) =>
        parameter.Fixed is { } value ? FixedValueLiteral.Of(parameter.Type, value, Namespace)
        : !parameter.Required && parameter.Type.IsValueType ? Name(parameter) + ".Value"
        : Name(parameter);

    /// <summary>The condition before a statement that writes an optional parameter: nothing for a required one.</summary>
    public string WhenSet(ParameterModel parameter) => parameter.Required ? string.Empty : "if (" + Syntax.IsNotNull(Name(parameter)) + ") ";

    /// <summary>The codec of one written value of the parameter.</summary>
    public string ElementCodec(ParameterModel parameter) => TypeNames.Codec(Syntax, parameter.Element, Namespace);

    public string Codec(TypeRef type) => TypeNames.Codec(Syntax, type, Namespace);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";
}
