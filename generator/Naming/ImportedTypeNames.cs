using System;
using System.Collections.Generic;

namespace ConferenceGen.Generator.Naming;

/// <summary>
/// Well-known types that an SDK-style project imports anyway through its implicit usings (System, System.IO,
/// System.Linq, System.Net.Http, System.Threading, System.Threading.Tasks, System.Collections.Generic). A generated
/// type named like one of them makes the user's code ambiguous (CS0104) wherever it imports the client's namespace
/// too, so names made from words rather than from a spec's own schema names stay off them. A short list of the
/// names an API's vocabulary may well use, not every public type of those namespaces.
/// </summary>
internal static class ImportedTypeNames
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        // System
        "Action", "Array", "Attribute", "Boolean", "Buffer", "Byte", "Char", "Console", "Convert", "DateOnly", "DateTime",
        "DateTimeOffset", "DayOfWeek", "Decimal", "Delegate", "Double", "Enum", "Environment", "Exception", "Func", "Guid",
        "Half", "Index", "Int16", "Int32", "Int64", "Lazy", "Math", "Nullable", "Object", "Random", "Range", "Single",
        "String", "TimeOnly", "TimeSpan", "TimeZoneInfo", "Tuple", "Type", "Uri", "UriKind", "Version",
        // System.IO
        "Directory", "File", "FileAccess", "FileInfo", "FileMode", "Path", "Stream",
        // System.Linq
        "Enumerable", "Lookup",
        // System.Net.Http
        "HttpClient", "HttpContent", "HttpMethod", "HttpRequestMessage", "HttpResponseMessage", "HttpVersionPolicy",
        // System.Threading and System.Threading.Tasks
        "CancellationToken", "Interlocked", "Lock", "Monitor", "Mutex", "Parallel", "Semaphore", "Task", "Thread",
        "Timeout", "Timer", "ValueTask", "Volatile",
        // System.Collections.Generic
        "Comparer", "Dictionary", "HashSet", "List", "Queue", "Stack",
    };

    public static bool Contains(string name) => Names.Contains(name);
}
