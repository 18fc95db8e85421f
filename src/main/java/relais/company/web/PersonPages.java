package relais.company.web;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.company.Person;
import relais.company.PersonDetails;
import relais.company.PersonId;
import relais.shared.ConflictException;
import relais.shared.Dates;
import relais.shared.Ids;
import relais.shared.InvalidInputException;
import relais.shared.web.FormErrors;
import relais.shared.web.TextLists;

/** Account managers list, search, create and view client people, and record their company moves. */
@Controller
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
class PersonPages {

    record PersonForm(String fullName, String emails, String companyId, String password) {

        PersonDetails details() {
            return new PersonDetails(fullName, TextLists.split(emails), companyId,
                    password == null || password.isEmpty() ? null : password);
        }
    }

    private final CompanyManagement companies;
    private final FormErrors formErrors;

    PersonPages(CompanyManagement companies, FormErrors formErrors) {
        this.companies = companies;
        this.formErrors = formErrors;
    }

    @GetMapping("/people")
    String list(@RequestParam(defaultValue = "") String q, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("q", q);
        var people = companies.searchPeople(q, null, 100);
        model.addAttribute("people", people);
        model.addAttribute("companyNames", companyNames(people));
        return htmx != null ? "company/people :: results" : "company/people";
    }

    private Map<String, String> companyNames(java.util.List<Person> people) {
        var names = new java.util.HashMap<String, String>();
        companies.companies(people.stream().map(p -> p.companyId().value()).distinct().toList())
                .forEach(c -> names.put(c.id().toString(), c.name()));
        return names;
    }

    @GetMapping("/people/new")
    String createForm(@RequestParam(defaultValue = "") String companyId, Model model) {
        return form(model, new PersonForm("", "", companyId, ""), Map.of());
    }

    @PostMapping("/people/new")
    String create(@ModelAttribute PersonForm form, Model model, RedirectAttributes redirect) {
        try {
            var person = companies.createPerson(form.details());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/people/" + person.id();
        } catch (InvalidInputException | ConflictException e) {
            return form(model, new PersonForm(form.fullName(), form.emails(), form.companyId(), ""), formErrors.of(e));
        }
    }

    private String form(Model model, PersonForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("companies", companies.searchCompanies("", 500));
        return "company/person-form";
    }

    @GetMapping("/people/{id}")
    String view(@PathVariable String id, Model model) {
        return view(companies.personOrThrow(new PersonId(Ids.parse(id, "person"))), model, Map.of(), "", "");
    }

    @GetMapping("/people/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        var person = companies.personOrThrow(new PersonId(Ids.parse(id, "person")));
        model.addAttribute("person", person);
        model.addAttribute("fullName", person.fullName());
        model.addAttribute("emails", TextLists.join(person.emails()));
        model.addAttribute("errors", Map.of());
        return "company/person-edit";
    }

    @PostMapping("/people/{id}/edit")
    String edit(@PathVariable String id, @RequestParam(defaultValue = "") String fullName,
            @RequestParam(defaultValue = "") String emails, Model model, RedirectAttributes redirect) {
        var personId = new PersonId(Ids.parse(id, "person"));
        try {
            companies.updatePerson(personId, fullName, TextLists.split(emails));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/people/" + personId;
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("person", companies.personOrThrow(personId));
            model.addAttribute("fullName", fullName);
            model.addAttribute("emails", emails);
            model.addAttribute("errors", formErrors.of(e));
            return "company/person-edit";
        }
    }

    @PostMapping("/people/{id}/moves")
    String move(@PathVariable String id, @RequestParam(defaultValue = "") String companyId,
            @RequestParam(defaultValue = "") String on, Model model, RedirectAttributes redirect) {
        var personId = new PersonId(Ids.parse(id, "person"));
        try {
            LocalDate date;
            try {
                date = Dates.parse(on);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(java.util.List.of(new relais.shared.FieldProblem("on", e.getMessage(),
                        e instanceof relais.shared.InvalidValueException v ? v.code() : null,
                        e instanceof relais.shared.InvalidValueException v ? v.args() : null)));
            }
            companies.move(personId, companyId, date);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/people/" + personId;
        } catch (InvalidInputException | ConflictException e) {
            return view(companies.personOrThrow(personId), model, formErrors.of(e), companyId, on);
        }
    }

    private String view(Person person, Model model, Map<String, String> errors, String moveCompany, String moveOn) {
        model.addAttribute("person", person);
        var ids = new java.util.ArrayList<java.util.UUID>();
        person.employments().forEach(e -> ids.add(e.companyId().value()));
        ids.add(person.companyId().value());
        var names = new java.util.HashMap<CompanyId, String>();
        companies.companies(ids).forEach(c -> names.put(c.id(), c.name()));
        model.addAttribute("companyNames", names);
        model.addAttribute("companies", companies.searchCompanies("", 500));
        model.addAttribute("errors", errors);
        model.addAttribute("moveCompany", moveCompany);
        model.addAttribute("moveOn", moveOn);
        return "company/person";
    }
}
