namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// What the consumer's compilation can compile, decided once per compilation from its language version and a few
/// facts about the types it references: the emitters write modern C# where it compiles and C# 8 otherwise. Only
/// these booleans leave the compilation, so an edit that changes none of them re-runs nothing downstream.
/// </summary>
/// <param name="LanguageVersion">The effective C# version as Roslyn numbers it (7.3 is 703, 8 is 800, 14 is 1400).</param>
/// <param name="HasThrowIfNull">Whether <c>ArgumentNullException.ThrowIfNull</c> exists (.NET 6+).</param>
/// <param name="HasDateOnly">Whether <c>System.DateOnly</c> exists (.NET 6+); otherwise dates are <c>DateTime</c>.</param>
/// <param name="HasHttpMethodPatch">Whether <c>HttpMethod.Patch</c> exists (not in netstandard2.0 or .NET Framework).</param>
/// <param name="HasRequiredMemberAttribute">Whether <c>RequiredMemberAttribute</c> is accessible or another generator (PolySharp) adds it.</param>
/// <param name="HasCompilerFeatureRequiredAttribute">The same for <c>CompilerFeatureRequiredAttribute</c>.</param>
/// <param name="HasSetsRequiredMembersAttribute">The same for <c>SetsRequiredMembersAttribute</c>.</param>
/// <param name="HasNotNullWhenAttribute">Whether <c>NotNullWhenAttribute</c> is accessible (.NET Core 3+), for the <c>out</c> of a union's <c>TryGetX</c>.</param>
internal sealed record CSharpTarget(
    int LanguageVersion,
    bool HasThrowIfNull,
    bool HasDateOnly,
    bool HasHttpMethodPatch,
    bool HasRequiredMemberAttribute,
    bool HasCompilerFeatureRequiredAttribute,
    bool HasSetsRequiredMembersAttribute,
    bool HasNotNullWhenAttribute = true)
{
    /// <summary>The oldest language version the generated code compiles with.</summary>
    public const int MinimumLanguageVersion = 800;

    /// <summary>.NET 8 with its default language version (C# 12): every modern construct.</summary>
    public static readonly CSharpTarget Modern = new(1200, true, true, true, true, true, true);

    /// <summary>Whether the language version is too old to generate anything (CG0016 says so).</summary>
    public bool IsTooOld => LanguageVersion < MinimumLanguageVersion;

    /// <summary>C# 9: target-typed <c>new()</c>, static lambdas, <c>is not</c>, <c>or</c>/<c>and</c> and relational patterns.</summary>
    public bool CSharp9 => LanguageVersion >= 900;

    /// <summary>C# 10: file-scoped namespaces.</summary>
    public bool FileScopedNamespaces => LanguageVersion >= 1000;

    /// <summary>C# 11: <c>required</c> members (the attributes they need are added when missing: <c>PolyfillEmitter</c>).</summary>
    public bool RequiredMembers => LanguageVersion >= 1100;

    /// <summary>Whether the compilation needs any attribute that ConferenceGen adds (internal, in one file).</summary>
    public bool NeedsPolyfills => RequiredMembers && (!HasRequiredMemberAttribute || !HasCompilerFeatureRequiredAttribute || !HasSetsRequiredMembersAttribute);
}
