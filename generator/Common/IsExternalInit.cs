namespace System.Runtime.CompilerServices;

// Lets records with init-only members compile for netstandard2.0.
internal static class IsExternalInit
{
}
