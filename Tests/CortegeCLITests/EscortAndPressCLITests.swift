import CortegeCore
import CortegePlan
import Foundation
import Testing

/// `cortege plan` on the samples: the escort plan with its hand-overs and duty spans, the press plan, and the
/// press view that shows only what the press may see.
@Suite struct EscortAndPressCLITests {
    static let escortSamples = ["samples/971-visite-ministre.yaml", "samples/77-seveso-tour.yaml"]

    static func plan(_ path: String) throws -> Plan {
        try #require(PlanLoader().load(path: CLI.repository.appendingPathComponent(path).path).plan)
    }

    @Test(arguments: escortSamples)
    func theSampleShowsAFullEscortPlanWithAPoliceToGendarmerieHandOver(path: String) throws {
        let result = try CLI.run(["plan", path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let escort = try #require(object["escort"] as? [String: Any])
        let legs = try #require(escort["legs"] as? [[String: Any]])
        #expect(!legs.isEmpty)
        for leg in legs {
            #expect((leg["units"] as? [String])?.isEmpty == false, "a leg without unit: \(leg["to-item"] ?? "")")
            #expect((leg["uncovered"] as? [String])?.isEmpty == true, "a zone uncovered: \(leg["to-item"] ?? "")")
        }
        let handOvers = legs.flatMap { ($0["hand-overs"] as? [[String: Any]]) ?? [] }
        #expect(
            handOvers.contains { $0["from-zone"] as? String == "police" && $0["to-zone"] as? String == "gendarmerie" })
        let duties = try #require(escort["duties"] as? [[String: Any]])
        #expect(!duties.isEmpty)
        let press = try #require(object["press"] as? [String: Any])
        #expect((press["slots"] as? [[String: Any]])?.isEmpty == false)

        let human = try CLI.run(["plan", path, "--lang", "en"])
        #expect(human.status == 0)
        for heading in ["Escort plan", "Duty spans", "Press plan"] { #expect(human.stdout.contains(heading)) }
        #expect(human.stdout.contains("(police) → "))
        #expect(
            human.stdout.range(of: #"hand-over: .* \(police\) → .* \(gendarmerie\)"#, options: .regularExpression)
                != nil)
        let french = try CLI.run(["plan", path])
        #expect(french.status == 0)
        for heading in ["Plan d'escorte", "Amplitudes de service", "Plan presse"] {
            #expect(french.stdout.contains(heading))
        }
        #expect(
            french.stdout.range(of: #"relève : .* \(police\) → .* \(gendarmerie\)"#, options: .regularExpression)
                != nil)
    }

    @Test(arguments: escortSamples)
    func thePressViewOfTheSampleShowsOnlyWhatThePressMaySee(path: String) throws {
        let plan = try Self.plan(path)
        let announce = try #require(plan.visit.announce)
        let hidden = plan.programme.filter { $0.confidential || $0.press == .closed }
        #expect(!hidden.isEmpty)
        let phones = plan.people.values.compactMap(\.phone)
        #expect(!phones.isEmpty)
        var forbidden = phones + plan.escortUnits.keys.map { $0 } + plan.escortUnits.values.compactMap(\.name)
        forbidden += plan.programme.filter(\.confidential).compactMap(\.title)
        forbidden += hidden.map { "[\($0.id)]" }
        forbidden += plan.programme.compactMap(\.notes)
        forbidden += ["hand-over", "escort", "route:", "relève", "itinéraire :"]

        let human = try CLI.run(["plan", path, "--audience", "press", "--now", announce.description, "--lang", "en"])
        #expect(human.status == 0, "\(human.stderr)")
        #expect(human.stdout.contains("Audience: press"))
        for secret in forbidden { #expect(!human.stdout.contains(secret), "the press view shows \(secret)") }
        let french = try CLI.run(["plan", path, "--audience", "press", "--now", announce.description])
        #expect(french.status == 0, "\(french.stderr)")
        #expect(french.stdout.contains("Version presse"))
        for secret in forbidden { #expect(!french.stdout.contains(secret), "the French press view shows \(secret)") }

        let json = try CLI.run(["plan", path, "--audience", "press", "--now", announce.description, "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let ids = ((object["items"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
        #expect(!ids.isEmpty)
        #expect(Set(ids).isDisjoint(with: hidden.map(\.id)))
        #expect((object["transfers"] as? [Any])?.isEmpty == true)
        #expect(object["escort"] == nil)
        for secret in forbidden where !secret.hasPrefix("[") {
            #expect(!json.stdout.contains(secret), "the press JSON shows \(secret)")
        }
    }

    @Test func thePressViewIsRefusedBeforeAnnounce() throws {
        let result = try CLI.run([
            "plan", "samples/971-visite-ministre.yaml", "--audience", "press", "--now", "2026-12-03T17:59",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("erreur[embargo] : la vue « press » de mi-971-2026-12-04 est sous embargo"))
        let english = try CLI.run([
            "plan", "samples/971-visite-ministre.yaml", "--audience", "press", "--now", "2026-12-03T17:59", "--lang",
            "en",
        ])
        #expect(english.status == 1)
        #expect(english.stderr.contains("error[embargo]: the press view"))
    }

    @Test func theSecurityViewShowsTheHandOvers() throws {
        let result = try CLI.run(["plan", "samples/971-visite-ministre.yaml", "--audience", "security", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("hand-over: "))
        #expect(result.stdout.contains("Duty spans"))
        let french = try CLI.run(["plan", "samples/971-visite-ministre.yaml", "--audience", "security"])
        #expect(french.status == 0)
        #expect(french.stdout.contains("relève : "))
        #expect(french.stdout.contains("Amplitudes de service"))
    }

    @Test func anUnknownAudienceIsACommandLineError() throws {
        let result = try CLI.run(["plan", "samples/971-visite-ministre.yaml", "--audience", "journalists"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("public inconnu « journalists »"))
    }

    @Test func anUnreadableNowIsACommandLineError() throws {
        let result = try CLI.run([
            "plan", "samples/971-visite-ministre.yaml", "--audience", "press", "--now", "tomorrow",
        ])
        #expect(result.status == 2)
    }
}
