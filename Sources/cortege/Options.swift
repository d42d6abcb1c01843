import ArgumentParser
import CortegeCore
import CortegePlan
import Foundation

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case human, json
}

/// Writes to standard error.
func printError(_ text: String) {
    fflush(nil)  // the findings printed so far come before the summary
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Loads plans and reports what could not be read; the exit code to use when nothing could be read.
struct LoadedPlans {
    var analyses: [Analysis] = []
    var findings: [(Diagnostic, Zone?)] = []
    var unreadable = false

    init(paths: [String]) {
        for path in paths {
            let loaded = PlanLoader().load(path: path)
            if loaded.unreadable { unreadable = true }
            guard let plan = loaded.plan, !loaded.findings.contains(where: { $0.severity == .error }) else {
                findings += loaded.findings.map { ($0, loaded.plan?.visit.zone) }
                continue
            }
            let analysis = Analysis(plan: plan)
            analyses.append(analysis)
            findings += (loaded.findings + analysis.findings).map { ($0, plan.visit.zone) }
        }
        findings = Diagnostic.sorted(findings) { $0.0 }
    }
}

/// Reads an ISO 8601 date-time option (local to the visit when it has no offset); exit status 2 when it
/// cannot be read, nil when the option was not given.
func readTime(_ text: String?, _ option: String, zone: Zone) throws -> Instant? {
    guard let text else { return nil }
    guard let parsed = Instant(iso: text, zone: zone) else {
        printError("error: \(option) \"\(text)\" is not an ISO 8601 date-time (e.g. 2026-12-03T18:30)")
        throw ExitCode(2)
    }
    return parsed
}

/// `--now` as given, else the clock.
func readNow(_ text: String?, zone: Zone) throws -> Instant {
    try readTime(text, "--now", zone: zone) ?? Instant(seconds: Int64(Date().timeIntervalSince1970.rounded(.down)))
}
