"""The assembler's rules, one module per concern. Each module holds one mixin class;
``geoevents.engine.assemble.Assembler`` is composed of all of them and holds the set-up, the per-doc pass and the
per-sentence driver (``_sentence``), so every rule is a method that reads the per-doc state the driver set
(``self.lower``, ``self.fragments``, ``self.span`` ...) and asks other rules through ``self``.

- ``common``: the records the rules pass around (Actor, Group, Fragment, StatementInfo), WordFacts, constants
- ``words``: what a token range holds (words without spaces, cue look-ups, noun use, infinitives)
- ``actors``: which mentions are actors and how they group; stand-ins for officials the tables lack
- ``clauses``: cutting a sentence into clause fragments; relative clauses, datelines
- ``references``: subjects, pronouns, descriptions, relative pronouns and the group history
- ``statements``: speech words, speakers, addressees, content, quotes; the statement row
- ``speech_acts``: demands, claims and accusations, threats, ultimatums, conditional threats
- ``content``: the event row of every other trigger (``_content_event``) and its own tests
- ``support``: whether a trigger is used as an act (support words, objects, intent cues)
- ``sources``: who did it, also unknown (NULL) sources and the agents act nouns name
- ``passives``: passives, means, suffered acts, custody
- ``targets``: whom it was done to
- ``place_parties``: places as the target or agent of violence ("place_target:", "place_source:")
- ``meetings``: meeting partners and places, visits
- ``protests``: protesters, where they protest and against whom
- ``modality``: negation, modality, tense, refusals, awaited acts
- ``event_dates``: the date of a row
- ``sanctions``: sanctions mentions: stance, imposer, target
"""
