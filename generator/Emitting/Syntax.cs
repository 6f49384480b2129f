using System.Collections.Generic;
using System.Linq;

namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// The constructs whose spelling depends on the consumer's <see cref="CSharpTarget"/>: each emitter asks here instead
/// of choosing, so a compilation gets one consistent dialect (modern C# on .NET 8+, C# 8 on .NET Framework and
/// netstandard2.0 with their default language version) and the generated code holds no <c>#if</c>.
/// </summary>
internal sealed class Syntax
{
    private Syntax(CSharpTarget target) => Target = target;

    /// <summary>Modern C#: what the snapshots show.</summary>
    public static Syntax Modern { get; } = new(CSharpTarget.Modern);

    // Only its target is state, so a new one per unit costs nothing worth a shared cache (and its lock).
    public static Syntax For(CSharpTarget target) => target.Equals(CSharpTarget.Modern) ? Modern : new Syntax(target);

    public CSharpTarget Target { get; }

    /// <summary>The start of the namespace: file-scoped (C# 10) or a block that <see cref="NamespaceEnd"/> closes.</summary>
    public string NamespaceStart(string ns) => Target.FileScopedNamespaces ? "namespace " + ns + ";" : "namespace " + ns + "\n{";

    /// <summary>What closes the namespace at the end of the file (nothing for a file-scoped one).</summary>
    public string? NamespaceEnd => Target.FileScopedNamespaces ? null : "}";

    /// <summary><c>new</c> of <paramref name="type"/> where the type is known from the context: <c>new</c> (C# 9) or <c>new Type</c>; add the arguments.</summary>
    public string New(string type) => Target.CSharp9 ? "new" : "new " + type;

    /// <summary><c>static </c> before a lambda that captures nothing (C# 9), or nothing.</summary>
    public string StaticLambda => Target.CSharp9 ? "static " : string.Empty;

    /// <summary><c>x is not null</c> (C# 9) or <c>!(x is null)</c>.</summary>
    public string IsNotNull(string expression) => Target.CSharp9 ? expression + " is not null" : "!(" + expression + " is null)";

    /// <summary>The statement that rejects a null argument.</summary>
    public string ThrowIfNull(string name) => Target.HasThrowIfNull
        ? RuntimeNames.ArgumentNullException + ".ThrowIfNull(" + name + ");"
        : "if (" + name + " is null) throw new " + RuntimeNames.ArgumentNullException + "(nameof(" + name + "));";

    /// <summary>The <c>required</c> modifier with its trailing space (C# 11), or nothing: the reader still checks required properties.</summary>
    public string Required => Target.RequiredMembers ? "required " : string.Empty;

    /// <summary>The attribute on the reader's constructor of a model with required members, with a trailing space, or nothing.</summary>
    public string SetsRequiredMembers => Target.RequiredMembers ? "[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers] " : string.Empty;

    /// <summary>The attribute that tells nullable analysis a <c>TryGetX</c> out value is set when it returns true, with a trailing space, or nothing where it does not exist.</summary>
    public string NotNullWhenTrue => Target.HasNotNullWhenAttribute ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;

    /// <summary>The type of <c>format: date</c>: <c>DateOnly</c> where it exists, <c>DateTime</c> (its date) elsewhere.</summary>
    public string DateType => Target.HasDateOnly ? "global::System.DateOnly" : "global::System.DateTime";

    /// <summary>The runtime codec of <see cref="DateType"/>.</summary>
    public string DateCodec => Target.HasDateOnly ? "DateOnlyCodec" : "DateCodec";

    /// <summary><c>HttpMethod.Patch</c>, or the method built from its name where the property does not exist.</summary>
    public string HttpPatch => Target.HasHttpMethodPatch ? RuntimeNames.HttpMethod + ".Patch" : "new " + RuntimeNames.HttpMethod + "(\"PATCH\")";

    /// <summary>
    /// A test of an <c>int</c> against status patterns: <c>x is 200 or (&gt;= 400 and &lt; 500)</c> (C# 9), or the same with
    /// <c>==</c>, <c>&amp;&amp;</c> and <c>||</c>. Each pattern is a code (<c>(code, null)</c>) or a range (<c>(low, high)</c>, high exclusive).
    /// </summary>
    public string StatusTest(string expression, IEnumerable<(string Low, string? High)> patterns)
    {
        if (Target.CSharp9)
        {
            return expression + " is " + string.Join(" or ", patterns.Select(p => p.High is null ? p.Low : "(>= " + p.Low + " and < " + p.High + ")"));
        }

        return string.Join(" || ", patterns.Select(p => p.High is null ? expression + " == " + p.Low : "(" + expression + " >= " + p.Low + " && " + expression + " < " + p.High + ")"));
    }

    /// <summary>The label of a range of status codes in a switch on <paramref name="expression"/>.</summary>
    public string RangeLabel(string expression, string low, string high) => Target.CSharp9
        ? "case >= " + low + " and < " + high + ":"
        : "case var _ when " + expression + " >= " + low + " && " + expression + " < " + high + ":";
}
