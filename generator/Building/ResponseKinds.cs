namespace ConferenceGen.Generator.Building;

/// <summary>What a case of the reply switch does; the templates switch on these names.</summary>
internal static class ResponseKinds
{
    public const string ReturnJson = "return-json";
    public const string ReturnNull = "return-null";
    public const string ReturnVoid = "return-void";
    public const string ReturnStream = "return-stream";
    public const string ThrowTyped = "throw-typed";
    public const string Throw = "throw";
    public const string ThrowUnexpected = "throw-unexpected";
}
