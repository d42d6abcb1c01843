import Testing

@testable import CortegeCore

/// What the rules ask of a function code, answered in one place.
@Suite struct FunctionCodeTests {
    @Test func thePrefectOfTheDepartementAndOfTheRegionArePrefects() {
        #expect(FunctionCode.prefect.isPrefect)
        #expect(FunctionCode.regionalPrefect.isPrefect)
        #expect(!FunctionCode.subPrefect.isPrefect)
        #expect(!FunctionCode("police-prefect").isPrefect)
        #expect(
            Person(id: "p", functions: ["senator", "regional-prefect"], location: .init(file: "", line: 1, column: 1))
                .isPrefect)
    }

    @Test func thePrefectoralCorpsRepresentsTheStateAndSpeaksForIt() {
        for code: FunctionCode in ["prefect", "sub-prefect", "security-prefect", "regional-prefect", "police-prefect"] {
            #expect(code.representsState, "\(code)")
            #expect(code.voice == .state, "\(code)")
        }
        #expect(!FunctionCode.mayor.representsState)
        #expect(FunctionCode.minister.voice == .government)
        #expect(FunctionCode.mayor.voice == .elected)
        #expect(FunctionCode("municipal-councillor").voice == Voice.none)
    }

    @Test func electedMandatesAndStaffRoles() {
        #expect(FunctionCode.deputyMayor.isElected)
        #expect(FunctionCode("municipal-councillor").isElected)
        #expect(!FunctionCode.prefect.isElected)
        #expect(FunctionCode.closeProtection.isStaffRole)
        #expect(!FunctionCode.closeProtection.ridesInStaffCar)
        #expect(FunctionCode("press-officer").ridesInStaffCar)
    }

    @Test func everyCodeTheRulesNameIsKnownAndPrintsAsWritten() {
        let named: [FunctionCode] = [
            .prefect, .regionalPrefect, .subPrefect, .presidentOfTheRepublic, .primeMinister, .minister, .ambassador,
            .mayor, .mayorOfParis, .deputyMayor, .councilVicePresident, .personality, .closeProtection,
        ]
        for code in named { #expect(code.isKnown, "\(code)") }
        #expect(!FunctionCode("prefet").isKnown)
        #expect("\(FunctionCode.mayorOfParis)" == "mayor-of-paris")
        #expect(Set(FunctionCode.article3).isDisjoint(with: FunctionCode.others))
    }
}
