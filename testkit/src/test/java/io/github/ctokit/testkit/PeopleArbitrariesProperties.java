package io.github.ctokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctokit.core.people.Demand;
import io.github.ctokit.core.people.HolidayCalendar;
import io.github.ctokit.core.people.Organisation;
import io.github.ctokit.core.validation.ValidationResult;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated organisations and demand are valid by construction, and reproducible from their seed. */
class PeopleArbitrariesProperties {

  @Property
  void generatedOrganisationsValidateClean(@ForAll("orgs") Organisation org) {
    ValidationResult result = org.validate();
    assertThat(result.isEmpty()).as(result.toString()).isTrue();
    assertThat(Organisation.builder().from(org).build()).isEqualTo(org);
  }

  @Property
  void generatedDemandValidatesClean(@ForAll("orgs") Organisation org, @ForAll long seed) {
    Demand demand = PeopleArbitraries.demand(org, PeopleArbitraries.PLAN, 12, seed);
    ValidationResult result = demand.validate(org, PeopleArbitraries.PLAN);
    assertThat(result.isEmpty()).as(result.toString()).isTrue();
  }

  @Property
  void sameOrganisationForSameSizeAndSeed(@ForAll long seed) {
    assertThat(PeopleArbitraries.organisation(15, seed)).isEqualTo(PeopleArbitraries.organisation(15, seed));
  }

  @Property
  void calendarsAreNeverEmpty(@ForAll("calendars") HolidayCalendar calendar) {
    assertThat(calendar.holidays()).isNotEmpty();
  }

  @Property
  void personalDataNeverPrinted(@ForAll("orgs") Organisation org) {
    org.people().forEach(p -> assertThat(p.toString()).doesNotContain(p.name()));
  }

  @Provide
  Arbitrary<Organisation> orgs() {
    return PeopleArbitraries.organisations(30);
  }

  @Provide
  Arbitrary<HolidayCalendar> calendars() {
    return PeopleArbitraries.calendars();
  }
}
