using System;
using System.IO;

namespace ConferenceGen.Testing;

/// <summary>The repository a test runs from: the folder above the test's output that holds ConferenceGen.sln.</summary>
public static class RepositoryFolder
{
    private static readonly Lazy<string> Found = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ConferenceGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ConferenceGen.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => Found.Value;
}
