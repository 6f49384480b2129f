using System;
using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Reading.Bundling;

namespace ConferenceGen.Generator.Pipeline;

/// <summary>
/// Every YAML and JSON file of the project's spec folders, as scanned (<see cref="SourceFile"/>): what a spec needs
/// to resolve its references to other files. Equal when every file is, so the step that collects them changes
/// whenever one file changes; the step after it hands each spec only the files it reaches, which is equal as long as
/// those files are, so an edit of a fragment re-generates only the specs that use it.
/// </summary>
internal sealed class SpecLibrary : IEquatable<SpecLibrary>
{
    private readonly EquatableArray<SourceFile> _files;
    private readonly Lazy<Dictionary<string, SourceFile>> _byPath;
    private readonly Lazy<HashSet<string>> _reached;

    public SpecLibrary(IEnumerable<SourceFile> files)
    {
        _files = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToEquatableArray();
        _byPath = new Lazy<Dictionary<string, SourceFile>>(() =>
        {
            var index = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
            foreach (var file in _files)
            {
                var key = FolderPath.Normalize(file.Path);
                if (!index.ContainsKey(key))
                {
                    index[key] = file;
                }
            }

            return index;
        });
        _reached = new Lazy<HashSet<string>>(Reached);
    }

    /// <summary>
    /// The spec as the processor takes it, or null when it is no spec of its own: a fragment (readable, without an
    /// <c>openapi</c> or <c>swagger</c> key), or an unreadable file that a spec refers to (that spec reports it). A
    /// spec that refers to files gets its <see cref="SpecFolder"/>: the files it reaches.
    /// </summary>
    public SpecInput? Prepare(SpecInput input)
    {
        if (!_byPath.Value.TryGetValue(FolderPath.Normalize(input.Path), out var own))
        {
            return input;
        }

        if (!own.Scan.IsReadable)
        {
            return _reached.Value.Contains(FolderPath.Normalize(own.Path)) ? null : input;
        }

        if (!own.Scan.IsDocument)
        {
            return null;
        }

        if (!own.Scan.RefersToFiles)
        {
            return input;
        }

        var files = Reach(own).Where(f => f != own).OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => new FolderFile(f.Path, f.Text));
        return input with { Folder = new SpecFolder(own.Root, files.ToEquatableArray()) };
    }

    /// <summary>CG0018 for each file under specs/ that is a fragment no spec refers to.</summary>
    public EquatableArray<DiagnosticInfo> UnusedFragments() =>
        _files
            .Where(f => f.IsSpecItem && f.Scan.IsReadable && !f.Scan.IsDocument && !_reached.Value.Contains(FolderPath.Normalize(f.Path)))
            .Select(f => new DiagnosticInfo(DiagnosticDescriptors.FragmentNotUsed, new EquatableArray<string>(new[] { System.IO.Path.GetFileName(f.Path) }), SpecLocation.FileStart(f.Path)))
            .ToEquatableArray();

    public bool Equals(SpecLibrary? other) => other is not null && _files.Equals(other._files);

    public override bool Equals(object? obj) => Equals(obj as SpecLibrary);

    public override int GetHashCode() => _files.GetHashCode();

    /// <summary>The files a spec reaches through references, itself included, within its root.</summary>
    private List<SourceFile> Reach(SourceFile spec)
    {
        var reached = new List<SourceFile> { spec };
        var seen = new HashSet<string>(StringComparer.Ordinal) { FolderPath.Normalize(spec.Path) };
        for (var i = 0; i < reached.Count; i++)
        {
            var file = reached[i];
            foreach (var reference in file.Scan.References)
            {
                if (Resolve(file, reference, spec.Root) is { } target && seen.Add(FolderPath.Normalize(target.Path)))
                {
                    reached.Add(target);
                }
            }
        }

        return reached;
    }

    /// <summary>Every file some spec of the project reaches (its own root's files only).</summary>
    private HashSet<string> Reached()
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spec in _files.Where(f => f.IsSpecItem && f.Scan.IsDocument && f.Scan.RefersToFiles))
        {
            foreach (var file in Reach(spec).Skip(1))
            {
                all.Add(FolderPath.Normalize(file.Path));
            }
        }

        return all;
    }

    private SourceFile? Resolve(SourceFile from, string relative, string root)
    {
        if (ReferenceText.Parse(relative).Problem is not null)
        {
            return null;
        }

        var folder = FolderPath.Folder(FolderPath.Normalize(from.Path));
        foreach (var candidate in new[] { relative, relative.IndexOf('%') >= 0 ? Uri.UnescapeDataString(relative) : null })
        {
            if (candidate is null)
            {
                continue;
            }

            var path = FolderPath.Combine(folder, candidate);
            if (!FolderPath.IsInside(path, root))
            {
                return null;
            }

            if (_byPath.Value.TryGetValue(path, out var exact))
            {
                return exact;
            }

            var matches = _byPath.Value.Where(pair => string.Equals(pair.Key, path, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
            if (matches.Count == 1)
            {
                return matches[0].Value;
            }
        }

        return null;
    }
}
