"""The sample event's participants and organisations: invented people, real kinds of organisation."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SampleOrganisation:
    """An organisation taking part; `name` is the short name people type after `@`."""

    name: str
    kind: str
    country: str
    full_name: str = ""


@dataclass(frozen=True, slots=True)
class SamplePerson:
    """A participant of the sample event."""

    name: str
    organisation: str
    title: str
    email: str


def _email(name: str) -> str:
    """first.last@example.org with accents folded, so the address works in every mail client."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return ".".join(folded.lower().replace("'", "").split()) + "@example.org"


def _person(name: str, organisation: str, title: str) -> SamplePerson:
    return SamplePerson(name=name, organisation=organisation, title=title, email=_email(name))


UCLG = "UCLG"
METROPOLIS = "Metropolis"

SAMPLE_ORGANISATIONS: tuple[SampleOrganisation, ...] = (
    SampleOrganisation(UCLG, "network", "Spain", "United Cities and Local Governments"),
    SampleOrganisation(METROPOLIS, "network", "Spain", "World Association of the Major Metropolises"),
    SampleOrganisation("City of Barcelona", "city government", "Spain"),
    SampleOrganisation("Barcelona Metropolitan Area", "metropolitan government", "Spain"),
    SampleOrganisation("City of Rosario", "city government", "Argentina"),
    SampleOrganisation("City of Bogotá", "city government", "Colombia"),
    SampleOrganisation("Mexico City Government", "metropolitan government", "Mexico"),
    SampleOrganisation("City of Durban", "city government", "South Africa"),
    SampleOrganisation("City of Dakar", "city government", "Senegal"),
    SampleOrganisation("Gauteng City-Region", "metropolitan government", "South Africa"),
    SampleOrganisation("City of Lyon", "city government", "France"),
    SampleOrganisation("Seoul Metropolitan Government", "metropolitan government", "South Korea"),
    SampleOrganisation("City of Guangzhou", "city government", "China"),
    SampleOrganisation("Greater Amman Municipality", "metropolitan government", "Jordan"),
    SampleOrganisation("Latin American Network of Local Governments", "network", "Ecuador"),
    SampleOrganisation("African Local Governments Association", "network", "Morocco"),
    SampleOrganisation("Asia-Pacific Cities Learning Network", "network", "Indonesia"),
    SampleOrganisation("Nordic Agency for Urban Cooperation", "development partner", "Sweden"),
    SampleOrganisation("European Fund for Municipal Development", "development partner", "Belgium"),
    SampleOrganisation("Institute of Urban Studies", "university", "Spain"),
    SampleOrganisation("Centre for Metropolitan Research", "university", "United Kingdom"),
    SampleOrganisation("Foundation for Local Democracy", "foundation", "Switzerland"),
    SampleOrganisation("Open Cities Foundation", "foundation", "Netherlands"),
    SampleOrganisation("Independent experts", "independent expert", "International"),
)

SAMPLE_PEOPLE: tuple[SamplePerson, ...] = (
    # The organisers' teams.
    _person("Jordi Serra Vidal", UCLG, "Director of programmes"),
    _person("Elena Varga", UCLG, "Learning coordinator"),
    _person("Samuel Okafor", UCLG, "Policy officer, learning"),
    _person("Marc Delacroix", UCLG, "Head of research"),
    _person("Ana Lucía Benítez", UCLG, "Programme officer, peer learning"),
    _person("Laia Puigdomènech", UCLG, "Communication officer"),
    _person("Yasmin Haddad", UCLG, "Knowledge management officer"),
    _person("Pieter van Dam", UCLG, "Partnerships officer"),
    _person("Nadia Benali", UCLG, "Training officer"),
    _person("Grace Mwangi", UCLG, "Learning officer"),
    _person("Clara Fontaine", METROPOLIS, "Director of policy and learning"),
    _person("Hyun-woo Park", METROPOLIS, "Knowledge management officer"),
    _person("Isabel Moreno Ruiz", METROPOLIS, "Projects officer"),
    _person("Tomás Ribeiro", METROPOLIS, "Training coordinator"),
    _person("Aiko Tanaka", METROPOLIS, "Communication officer"),
    _person("Rahul Menon", METROPOLIS, "Research officer"),
    _person("Lucía Ferrer", METROPOLIS, "Learning officer"),
    _person("Kwame Asante", METROPOLIS, "Regional liaison officer, Africa"),
    _person("Sofia Lindqvist", METROPOLIS, "Partnerships officer"),
    # The one real, public name of the seed.
    _person("Tim Campbell", "Independent experts", "Expert on city learning"),
    # Cities and metropolitan governments.
    _person("Montserrat Pujol", "City of Barcelona", "Director of international relations"),
    _person("David Costa Roig", "City of Barcelona", "Policy advisor, global city strategy"),
    _person("Xavier Camps", "Barcelona Metropolitan Area", "Head of international relations"),
    _person("Núria Bosch", "Barcelona Metropolitan Area", "Metropolitan planning officer"),
    _person("Valentina Ríos", "City of Rosario", "Director of international cooperation"),
    _person("Martín Acosta", "City of Rosario", "Urban planning coordinator"),
    _person("Camila Herrera", "City of Bogotá", "Advisor, international affairs"),
    _person("Andrés Quintero", "City of Bogotá", "District planning officer"),
    _person("Guadalupe Sánchez", "Mexico City Government", "Coordinator of international affairs"),
    _person("Rodrigo Villalobos", "Mexico City Government", "Advisor, resilience office"),
    _person("Thandiwe Dlamini", "City of Durban", "Head of international relations"),
    _person("Sipho Ndlovu", "City of Durban", "Coordinator, municipal institute of learning"),
    _person("Aminata Diop", "City of Dakar", "Director of decentralised cooperation"),
    _person("Cheikh Ndiaye", "City of Dakar", "Urban development advisor"),
    _person("Lerato Mokoena", "Gauteng City-Region", "Researcher"),
    _person("Johan Pretorius", "Gauteng City-Region", "Senior strategist"),
    _person("Claire Bertrand", "City of Lyon", "Head of international relations"),
    _person("Julien Morel", "City of Lyon", "Project officer, metropolitan cooperation"),
    _person("Ji-yeon Kim", "Seoul Metropolitan Government", "Policy sharing officer"),
    _person("Min-jun Lee", "Seoul Metropolitan Government", "International relations officer"),
    _person("Wei Zhang", "City of Guangzhou", "Deputy director, foreign affairs office"),
    _person("Li Na Chen", "City of Guangzhou", "Programme officer"),
    _person("Rania Khoury", "Greater Amman Municipality", "Advisor to the city manager"),
    _person("Omar Al-Masri", "Greater Amman Municipality", "Strategic planning officer"),
    # Networks.
    _person("Diego Paredes", "Latin American Network of Local Governments", "Executive director"),
    _person("Mariana Costa", "Latin American Network of Local Governments", "Training coordinator"),
    _person("Fatou Sow", "African Local Governments Association", "Head of the local government academy"),
    _person("Youssef El Amrani", "African Local Governments Association", "Programme manager"),
    _person("Arjun Patel", "Asia-Pacific Cities Learning Network", "Network coordinator"),
    _person("Siti Rahmawati", "Asia-Pacific Cities Learning Network", "Knowledge officer"),
    # Development partners, universities and foundations.
    _person("Erik Johansson", "Nordic Agency for Urban Cooperation", "Senior advisor, urban development"),
    _person("Ingrid Halvorsen", "Nordic Agency for Urban Cooperation", "Programme manager"),
    _person("Hélène Dubois", "European Fund for Municipal Development", "Head of unit, local governance"),
    _person("Matteo Rossi", "European Fund for Municipal Development", "Policy officer"),
    _person("Carmen Vidal", "Institute of Urban Studies", "Professor of urban policy"),
    _person("Pablo Giménez", "Institute of Urban Studies", "Researcher, city learning"),
    _person("Rebecca Hughes", "Centre for Metropolitan Research", "Senior lecturer"),
    _person("Daniel Osei", "Centre for Metropolitan Research", "Research fellow"),
    _person("Anna Keller", "Foundation for Local Democracy", "Programme director"),
    _person("Joost de Vries", "Open Cities Foundation", "Director of programmes"),
)
