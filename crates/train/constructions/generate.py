#!/usr/bin/env python3
"""News constructions the EWT treebank rarely shows, as generated CoNLL-U trees.

UD English EWT is web text (reviews, e-mail, blogs, forums); a parser trained on it alone misreads
constructions that are everyday in news reports and rare there, and the events built on its trees
inherit the misreading. This script writes sentences of those constructions, each with the tree UD
English EWT's own conventions give it, from templates and small word lists of this project's own
making (no text of any corpus), for `dateline-train --extra` to add to EWT's training sentences:

- "reduced passive": a noun modified by a past participle, often with a bare date and a "by"
  agent, before the clause's own verb ("A poll released Sunday by the network shows ...");
- "reduced active": a noun modified by an -ing participle ("The group backing Reed is spending");
- "set-off participle": a participle phrase between commas after a fronted phrase ("In the
  latest poll, conducted March 11-13, 40 percent of voters back Reed");
- "dated relative": a relative clause with its own date inside the subject ("Reed, who on
  Tuesday endorsed Lopez, said Wednesday she ...");
- "said with a date": a verb of saying, a bare date, then the clause said, with or without "that";
- "date before the verb": a bare date between subject and verb ("Reed last week invited ...");
- "bare date": a bare weekday or "last week" after a verb or its object (an oblique, never the
  object or the subject);
- "main clause, not a reduced one": a common noun, its own past verb and a bare date, and no
  verb after it that could be the noun's ("The court ruled Friday against the plan, dealing a
  blow to Reed"), twice as many as "reduced passive": what keeps that rule from spreading;
- "fronted report": the clause said first, then who said it and when ("..., a spokesman
  announced Monday morning").

Deterministic: the same seed writes the same file. Usage:
    python3 crates/train/constructions/generate.py [--seed N] [--count N] > FILE
"""

import argparse
import random

GIVEN = ["Maria", "James", "Ann", "Robert", "Linda", "David", "Susan", "Michael", "Karen",
         "Thomas", "Laura", "Daniel", "Helen", "Paul", "Nancy", "Mark", "Julia", "Peter",
         "Grace", "Victor", "Omar", "Ines", "Kofi", "Mei"]
FAMILY = ["Reed", "Lopez", "Baker", "Chen", "Miller", "Novak", "Okafor", "Grant", "Patel",
          "Hughes", "Silva", "Ward", "Kim", "Moreau", "Fischer", "Adams", "Brennan", "Duarte",
          "Walsh", "Ito", "Haddad", "Larsen", "Mensah", "Quinn"]
TITLES = ["Sen.", "Gov.", "Rep.", "Mayor", "President", "Judge", "Secretary"]
# Organisations: (words, tags, head position); all words before the head are its compounds.
ORGS = [
    (["the", "Justice", "Department"], ["DET", "PROPN", "PROPN"]),
    (["the", "Senate"], ["DET", "PROPN"]),
    (["ABC", "News"], ["PROPN", "PROPN"]),
    (["the", "state", "party"], ["DET", "NOUN", "NOUN"]),
    (["the", "city", "council"], ["DET", "NOUN", "NOUN"]),
    (["the", "network"], ["DET", "NOUN"]),
    (["the", "campaign"], ["DET", "NOUN"]),
    (["the", "university"], ["DET", "NOUN"]),
    (["Gallup"], ["PROPN"]),
    (["the", "Federal", "Reserve"], ["DET", "PROPN", "PROPN"]),
    (["the", "election", "board"], ["DET", "NOUN", "NOUN"]),
    (["the", "White", "House"], ["DET", "PROPN", "PROPN"]),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.",
          "Oct.", "Nov.", "Dec."]
# Verbs taking a person as object: (lemma, past, participle, 3sg present, -ing).
PERSON_VERBS = [
    ("endorse", "endorsed", "endorsed", "endorses", "endorsing"),
    ("criticize", "criticized", "criticized", "criticizes", "criticizing"),
    ("invite", "invited", "invited", "invites", "inviting"),
    ("hire", "hired", "hired", "hires", "hiring"),
    ("fire", "fired", "fired", "fires", "firing"),
    ("sue", "sued", "sued", "sues", "suing"),
    ("appoint", "appointed", "appointed", "appoints", "appointing"),
    ("nominate", "nominated", "nominated", "nominates", "nominating"),
    ("defeat", "defeated", "defeated", "defeats", "defeating"),
    ("meet", "met", "met", "meets", "meeting"),
    ("praise", "praised", "praised", "praises", "praising"),
    ("attack", "attacked", "attacked", "attacks", "attacking"),
    ("accuse", "accused", "accused", "accuses", "accusing"),
    ("thank", "thanked", "thanked", "thanks", "thanking"),
    ("urge", "urged", "urged", "urges", "urging"),
    ("warn", "warned", "warned", "warns", "warning"),
    ("back", "backed", "backed", "backs", "backing"),
    ("support", "supported", "supported", "supports", "supporting"),
    ("oppose", "opposed", "opposed", "opposes", "opposing"),
    ("interview", "interviewed", "interviewed", "interviews", "interviewing"),
    ("challenge", "challenged", "challenged", "challenges", "challenging"),
    ("replace", "replaced", "replaced", "replaces", "replacing"),
]
# Verbs taking a thing as object.
THING_VERBS = [
    ("release", "released", "released", "releases", "releasing"),
    ("publish", "published", "published", "publishes", "publishing"),
    ("issue", "issued", "issued", "issues", "issuing"),
    ("announce", "announced", "announced", "announces", "announcing"),
    ("unveil", "unveiled", "unveiled", "unveils", "unveiling"),
    ("launch", "launched", "launched", "launches", "launching"),
    ("file", "filed", "filed", "files", "filing"),
    ("sign", "signed", "signed", "signs", "signing"),
    ("approve", "approved", "approved", "approves", "approving"),
    ("reject", "rejected", "rejected", "rejects", "rejecting"),
    ("conduct", "conducted", "conducted", "conducts", "conducting"),
    ("discover", "discovered", "discovered", "discovers", "discovering"),
    ("send", "sent", "sent", "sends", "sending"),
    ("write", "wrote", "written", "writes", "writing"),
    ("draft", "drafted", "drafted", "drafts", "drafting"),
    ("find", "found", "found", "finds", "finding"),
    ("post", "posted", "posted", "posts", "posting"),
    ("obtain", "obtained", "obtained", "obtains", "obtaining"),
    ("leak", "leaked", "leaked", "leaks", "leaking"),
    ("pass", "passed", "passed", "passes", "passing"),
]
THINGS = [("poll", "polls"), ("report", "reports"), ("statement", "statements"),
          ("bill", "bills"), ("lawsuit", "lawsuits"), ("plan", "plans"),
          ("proposal", "proposals"), ("memo", "memos"), ("survey", "surveys"),
          ("letter", "letters"), ("ad", "ads"), ("email", "emails"), ("record", "records"),
          ("document", "documents"), ("budget", "budgets"), ("order", "orders")]
THING_ADJ = ["new", "national", "internal", "second", "latest", "final", "draft", "brief",
             "private", "public"]
# Verbs whose subject is a poll or report: (lemma, 3sg present, past).
SHOW_VERBS = [("show", "shows", "showed"), ("find", "finds", "found"),
              ("suggest", "suggests", "suggested"), ("say", "says", "said"),
              ("indicate", "indicates", "indicated")]
SAY_VERBS = [("say", "said"), ("announce", "announced"), ("tell", "told"), ("write", "wrote"),
             ("argue", "argued"), ("add", "added"), ("insist", "insisted"),
             ("confirm", "confirmed"), ("claim", "claimed"), ("predict", "predicted")]
# Intransitive or prepositional predicates for "the clause said": (lemma, 3sg, past, particle/prep+obj).
CLAUSE_VERBS = [("lead", "leads", "led", None), ("win", "wins", "won", None),
                ("resign", "resigns", "resigned", None), ("agree", "agrees", "agreed", "with"),
                ("run", "runs", "ran", "for"), ("vote", "votes", "voted", "against"),
                ("step", "steps", "stepped", "down"), ("fight", "fights", "fought", "for")]
GROUP_NOUNS = ["group", "committee", "panel", "union", "coalition", "firm", "agency", "team"]
PEOPLE_NOUNS = [("voter", "voters"), ("resident", "residents"), ("member", "members"),
                ("donor", "donors"), ("worker", "workers"), ("student", "students")]


class Tree:
    """Tokens added in order; heads and relations set as the template knows them."""

    def __init__(self):
        self.tokens = []  # [form, lemma, upos, head index or None, rel]

    def add(self, form, upos, lemma=None, head=None, rel="dep"):
        self.tokens.append([form, lemma if lemma is not None else form, upos, head, rel])
        return len(self.tokens) - 1

    def attach(self, i, head, rel):
        self.tokens[i][3] = head
        self.tokens[i][4] = rel

    def check(self):
        """One root, every other word a head, no cycle: a template that breaks this is a bug."""
        roots = [i for i, t in enumerate(self.tokens) if t[3] is None]
        assert len(roots) == 1, (roots, self.tokens)
        self.tokens[roots[0]][4] = "root"
        for i in range(len(self.tokens)):
            seen, j = set(), i
            while self.tokens[j][3] is not None:
                assert j not in seen, self.tokens
                seen.add(j)
                j = self.tokens[j][3]

    def conllu(self):
        self.check()
        first = self.tokens[0]
        first[0] = first[0][:1].upper() + first[0][1:]
        text = " ".join(t[0] for t in self.tokens)
        for p in [" .", " ,", " 's", " n't"]:
            text = text.replace(p, p[1:])
        lines = [f"# text = {text}"]
        for n, (form, lemma, upos, head, rel) in enumerate(self.tokens, 1):
            h = 0 if head is None else head + 1
            lines.append(f"{n}\t{form}\t{lemma}\t{upos}\t_\t_\t{h}\t{rel}\t_\t_")
        return "\n".join(lines) + "\n"


class Writer:
    def __init__(self, rng):
        self.r = rng

    def pick(self, xs):
        return self.r.choice(xs)

    # -- phrases: each adds its words and returns its head's index ----------------------------
    def person(self, t, titled=None):
        titled = self.r.random() < 0.3 if titled is None else titled
        title = t.add(self.pick(TITLES), "PROPN") if titled else None
        given = t.add(self.pick(GIVEN), "PROPN")
        t.add(self.pick(FAMILY), "PROPN", head=given, rel="flat")
        if title is not None:
            t.attach(title, given, "nmod:desc")
        return given

    def surname(self, t):
        return t.add(self.pick(FAMILY), "PROPN")

    def agent(self, t):
        """A person or an organisation."""
        return self.person(t) if self.r.random() < 0.5 else self.org(t)

    def org(self, t):
        words, tags = self.pick(ORGS)
        idx = [t.add(w, tag, lemma=w.lower() if tag in ("DET", "NOUN") else w)
               for w, tag in zip(words, tags)]
        head = idx[-1]
        for i, tag in zip(idx[:-1], tags[:-1]):
            t.attach(i, head, "det" if tag == "DET" else "compound")
        return head

    def thing(self, t, plural=False, det=True):
        noun, nouns = self.pick(THINGS)
        d = None
        if det:
            d = t.add("the" if plural or self.r.random() < 0.5 else "a", "DET")
        adj = t.add(self.pick(THING_ADJ), "ADJ") if self.r.random() < 0.5 else None
        if d is not None and t.tokens[d][0] == "a" and adj is not None \
                and t.tokens[adj][0][0] in "aeiou":
            t.tokens[d][0] = t.tokens[d][1] = "an"
        if d is not None and t.tokens[d][0] == "a" and adj is None and noun[0] in "aeiou":
            t.tokens[d][0] = t.tokens[d][1] = "an"
        if d is not None and t.tokens[d][0] == "an":
            t.tokens[d][1] = "a"
        head = t.add(nouns if plural else noun, "NOUN", lemma=noun)
        if d is not None:
            t.attach(d, head, "det")
        if adj is not None:
            t.attach(adj, head, "amod")
        return head

    def bare_date(self, t, head, rel="obl:unmarked"):
        """A weekday, "last week"/"last month", or a month and day, unmarked."""
        k = self.r.random()
        if k < 0.55:
            return t.add(self.pick(DAYS), "PROPN", head=head, rel=rel)
        if k < 0.8:
            last = t.add("last", "ADJ")
            noun = t.add(self.pick(["week", "month", "year"]), "NOUN", head=head, rel=rel)
            t.attach(last, noun, "amod")
            return noun
        month = t.add(self.pick(MONTHS), "PROPN", head=head, rel=rel)
        t.add(str(self.r.randint(1, 28)), "NUM", head=month, rel="nmod:unmarked")
        return month

    def on_date(self, t, head):
        case = t.add("on", "ADP")
        day = t.add(self.pick(DAYS), "PROPN", head=head, rel="obl")
        t.attach(case, day, "case")
        return day

    def by_agent(self, t, head):
        by = t.add("by", "ADP")
        a = self.agent(t)
        t.attach(a, head, "obl:agent")
        t.attach(by, a, "case")
        return a

    def clause_said(self, t, say):
        """The clause a verb of saying reports: "she agrees with Reed", "Reed will resign"."""
        that = t.add("that", "SCONJ") if self.r.random() < 0.4 else None
        if self.r.random() < 0.5:
            subj = t.add(self.pick(["he", "she", "they"]), "PRON")
        else:
            subj = self.person(t, titled=False)
        future = self.r.random() < 0.35
        aux = t.add(self.pick(["will", "would"]), "AUX") if future else None
        lemma, third, past, part = self.pick(CLAUSE_VERBS)
        form = lemma if future else (third if t.tokens[subj][0] not in ("they",)
                                     and self.r.random() < 0.5 else past)
        if t.tokens[subj][0] == "they" and form == third:
            form = lemma
        v = t.add(form, "VERB", lemma=lemma, head=say, rel="ccomp")
        t.attach(subj, v, "nsubj")
        if aux is not None:
            t.attach(aux, v, "aux")
        if that is not None:
            t.attach(that, v, "mark")
        if part == "down":
            t.add("down", "ADP", head=v, rel="compound:prt")
        elif part is not None:
            p = t.add(part, "ADP")
            o = self.person(t, titled=False) if self.r.random() < 0.6 else self.thing(t)
            t.attach(o, v, "obl")
            t.attach(p, o, "case")
        return v

    def end(self, t, root):
        t.add(".", "PUNCT", head=root, rel="punct")

    # -- templates -----------------------------------------------------------------------------
    def reduced_passive(self):
        """Rule "reduced passive": "A new poll released Sunday by ABC News shows Reed leads"."""
        t = Tree()
        subj = self.thing(t)
        verb = self.pick(THING_VERBS)
        part = t.add(verb[2], "VERB", lemma=verb[0], head=subj, rel="acl")
        if self.r.random() < 0.7:
            self.bare_date(t, part)
        if self.r.random() < 0.7:
            self.by_agent(t, part)
        lemma, third, past = self.pick(SHOW_VERBS)
        main = t.add(third if self.r.random() < 0.6 else past, "VERB", lemma=lemma)
        t.attach(subj, main, "nsubj")
        self.clause_said(t, main)
        self.end(t, main)
        return t

    def reduced_passive_plain(self):
        """Rule "reduced passive" after the verb: "Reed cited records first discovered in May"."""
        t = Tree()
        a = self.agent(t)
        verb = self.pick(["cited", "criticized", "released", "questioned", "defended", "read"])
        lemma = {"cited": "cite", "criticized": "criticize", "released": "release",
                 "questioned": "question", "defended": "defend", "read": "read"}[verb]
        v = t.add(verb, "VERB", lemma=lemma)
        t.attach(a, v, "nsubj")
        o = self.thing(t, plural=self.r.random() < 0.5)
        t.attach(o, v, "obj")
        adv = t.add(self.pick(["only", "first", "quietly", "recently", "supposedly"]), "ADV") \
            if self.r.random() < 0.5 else None
        pv = self.pick(THING_VERBS)
        part = t.add(pv[2], "VERB", lemma=pv[0], head=o, rel="acl")
        if adv is not None:
            t.attach(adv, part, "advmod")
        k = self.r.random()
        if k < 0.4:
            case = t.add("in", "ADP")
            m = t.add(self.pick(MONTHS[:12]), "PROPN", head=part, rel="obl")
            t.attach(case, m, "case")
            t.add(str(self.r.randint(1990, 2024)), "NUM", head=m, rel="nmod:unmarked")
        elif k < 0.7:
            self.bare_date(t, part)
        else:
            self.by_agent(t, part)
        self.end(t, v)
        return t

    def reduced_active(self):
        """Rule "reduced active": "The group backing Reed is spending money to ..."."""
        t = Tree()
        d = t.add("the", "DET")
        adj = t.add(self.pick(["new", "main", "largest", "local"]), "ADJ") \
            if self.r.random() < 0.3 else None
        g = t.add(self.pick(GROUP_NOUNS), "NOUN")
        t.attach(d, g, "det")
        if adj is not None:
            t.attach(adj, g, "amod")
        verb = self.pick(PERSON_VERBS)
        ing = t.add(verb[4], "VERB", lemma=verb[0], head=g, rel="acl")
        o = self.person(t)
        t.attach(o, ing, "obj")
        k = self.r.random()
        if k < 0.4:
            aux = t.add("is", "AUX", lemma="be")
            main = t.add(self.pick(["spending", "using", "raising", "preparing"]), "VERB")
            t.tokens[main][1] = {"spending": "spend", "using": "use", "raising": "raise",
                                 "preparing": "prepare"}[t.tokens[main][0]]
            t.attach(aux, main, "aux")
            obj = t.add(self.pick(["money", "ads", "funds", "volunteers"]), "NOUN",
                        head=main, rel="obj")
            t.tokens[obj][1] = t.tokens[obj][0].rstrip("s") if t.tokens[obj][0] != "funds" \
                else "fund"
        else:
            tv = self.pick(THING_VERBS)
            main = t.add(tv[1], "VERB", lemma=tv[0])
            o2 = self.thing(t)
            t.attach(o2, main, "obj")
            if self.r.random() < 0.6:
                self.bare_date(t, main)
        t.attach(g, main, "nsubj")
        self.end(t, main)
        return t

    def set_off_participle(self):
        """Rule "set-off participle": "In the new poll, conducted March 11-13, 40 percent of
        voters back Reed"."""
        t = Tree()
        case = t.add("In", "ADP", lemma="in")
        d = t.add("the", "DET")
        adj = t.add(self.pick(["new", "latest", "national", "same"]), "ADJ")
        org = t.add(self.pick(["Gallup", "Quinnipiac", "Marist", "network", "university"]),
                    "PROPN")
        if t.tokens[org][0] in ("network", "university"):
            t.tokens[org][2] = "NOUN"
        noun = t.add(self.pick(["poll", "survey"]), "NOUN")
        for i, rel in ((case, "case"), (d, "det"), (adj, "amod"), (org, "compound")):
            t.attach(i, noun, rel)
        t.add(",", "PUNCT", head=None)
        comma1 = len(t.tokens) - 1
        pv = self.pick(["conducted", "taken", "released", "published"])
        part = t.add(pv, "VERB", lemma={"conducted": "conduct", "taken": "take",
                                        "released": "release", "published": "publish"}[pv],
                     head=noun, rel="acl")
        t.attach(comma1, part, "punct")
        m = t.add(self.pick(MONTHS), "PROPN", head=part, rel="obl:unmarked")
        a = self.r.randint(1, 20)
        first = t.add(str(a), "NUM", head=m, rel="nmod:unmarked")
        if self.r.random() < 0.6:
            dash = t.add("-", "SYM", lemma="-")
            second = t.add(str(a + self.r.randint(1, 4)), "NUM", head=first, rel="nmod")
            t.attach(dash, second, "case")
        t.add(",", "PUNCT", head=part, rel="punct")
        num = t.add(str(self.r.randint(10, 70)), "NUM")
        pct = t.add("percent", "NOUN")
        t.attach(num, pct, "nummod")
        of = t.add("of", "ADP")
        likely = t.add(self.pick(["likely", "registered", "Republican", "Democratic"]),
                       "ADJ") if self.r.random() < 0.6 else None
        pn = self.pick(PEOPLE_NOUNS)
        people = t.add(pn[1], "NOUN", lemma=pn[0], head=pct, rel="nmod")
        t.attach(of, people, "case")
        if likely is not None:
            t.attach(likely, people, "amod")
        vb = self.pick([("back", "back"), ("support", "support"), ("favor", "favor"),
                        ("oppose", "oppose"), ("prefer", "prefer"), ("trust", "trust")])
        v = t.add(vb[0], "VERB", lemma=vb[1])
        t.attach(noun, v, "obl")
        t.attach(pct, v, "nsubj")
        o = self.person(t, titled=False) if self.r.random() < 0.7 else self.surname(t)
        t.attach(o, v, "obj")
        self.end(t, v)
        return t

    def dated_relative(self):
        """Rule "dated relative": "Reed, who on Tuesday endorsed Lopez, said Wednesday ..."."""
        t = Tree()
        s = self.person(t)
        t.add(",", "PUNCT")
        c1 = len(t.tokens) - 1
        who = t.add("who", "PRON")
        pv = self.pick(PERSON_VERBS)
        k = self.r.random()
        pre = None
        if k < 0.5:
            case = t.add("on", "ADP")
            pre = t.add(self.pick(DAYS), "PROPN")
            t.attach(case, pre, "case")
            prel = "obl"
        elif k < 0.75:
            last = t.add("last", "ADJ")
            pre = t.add(self.pick(["week", "month", "year"]), "NOUN")
            t.attach(last, pre, "amod")
            prel = "obl:unmarked"
        rv = t.add(pv[1], "VERB", lemma=pv[0], head=s, rel="acl:relcl")
        t.attach(c1, rv, "punct")
        t.attach(who, rv, "nsubj")
        if pre is not None:
            t.attach(pre, rv, prel)
        o = self.person(t) if self.r.random() < 0.7 else self.surname(t)
        t.attach(o, rv, "obj")
        if pre is None and self.r.random() < 0.6:
            self.bare_date(t, rv)
        t.add(",", "PUNCT", head=rv, rel="punct")
        sv = self.pick(SAY_VERBS)
        say = t.add(sv[1], "VERB", lemma=sv[0])
        t.attach(s, say, "nsubj")
        if sv[0] == "tell":
            t.add("reporters", "NOUN", lemma="reporter", head=say, rel="iobj")
        if self.r.random() < 0.8:
            self.bare_date(t, say)
        self.clause_said(t, say)
        self.end(t, say)
        return t

    def said_with_date(self):
        """Rule "said with a date": "Lopez announced Sunday she will resign"."""
        t = Tree()
        s = self.agent(t)
        sv = self.pick(SAY_VERBS)
        say = t.add(sv[1], "VERB", lemma=sv[0])
        t.attach(s, say, "nsubj")
        if sv[0] == "tell":
            t.add("reporters", "NOUN", lemma="reporter", head=say, rel="iobj")
        self.bare_date(t, say)
        self.clause_said(t, say)
        self.end(t, say)
        return t

    def date_before_verb(self):
        """Rule "date before the verb": "Reed last week invited Lopez to the summit"."""
        t = Tree()
        s = self.agent(t)
        if self.r.random() < 0.5:
            last = t.add("last", "ADJ")
            date = t.add(self.pick(["week", "month", "year"]), "NOUN")
            t.attach(last, date, "amod")
            drel = "obl:unmarked"
        else:
            case = t.add("on", "ADP")
            date = t.add(self.pick(DAYS), "PROPN")
            t.attach(case, date, "case")
            drel = "obl"
        pv = self.pick(PERSON_VERBS)
        v = t.add(pv[1], "VERB", lemma=pv[0])
        t.attach(s, v, "nsubj")
        t.attach(date, v, drel)
        o = self.person(t) if self.r.random() < 0.7 else self.org(t)
        t.attach(o, v, "obj")
        if self.r.random() < 0.4:
            to = t.add("to", "PART")
            inf = self.pick([("join", "obj"), ("find", "obj"), ("sign", "obj"),
                             ("attend", "obj")])
            iv = t.add(inf[0], "VERB", head=v, rel="xcomp")
            t.attach(to, iv, "mark")
            ob = self.thing(t)
            t.attach(ob, iv, "obj")
        self.end(t, v)
        return t

    def bare_date_after(self):
        """Rule "bare date": "The board approved the plan Tuesday", "Reed said Friday"."""
        t = Tree()
        k = self.r.random()
        if k < 0.4:
            s = self.agent(t)
            tv = self.pick(THING_VERBS)
            v = t.add(tv[1], "VERB", lemma=tv[0])
            t.attach(s, v, "nsubj")
            o = self.thing(t)
            t.attach(o, v, "obj")
            self.bare_date(t, v)
        elif k < 0.7:
            s = self.thing(t)
            aux = t.add(self.pick(["was", "will", "is"]), "AUX", lemma="be")
            if t.tokens[aux][0] == "will":
                t.tokens[aux][1] = "will"
                be = t.add("be", "AUX", lemma="be")
            else:
                be = None
            tv = self.pick(THING_VERBS)
            v = t.add(tv[2], "VERB", lemma=tv[0])
            t.attach(s, v, "nsubj:pass")
            t.attach(aux, v, "aux" if be is not None else "aux:pass")
            if be is not None:
                t.attach(be, v, "aux:pass")
            self.bare_date(t, v)
        else:
            t.add("\"", "PUNCT")
            q1 = len(t.tokens) - 1
            qs = t.add(self.pick(["We", "I"]), "PRON", lemma=None)
            t.tokens[qs][1] = t.tokens[qs][0].lower() if t.tokens[qs][0] != "I" else "I"
            cv = self.pick(CLAUSE_VERBS)
            qv = t.add(cv[2], "VERB", lemma=cv[0])
            t.attach(qs, qv, "nsubj")
            t.attach(q1, qv, "punct")
            t.add(",", "PUNCT", head=qv, rel="punct")
            t.add("\"", "PUNCT", head=qv, rel="punct")
            s = self.person(t)
            say = t.add("said", "VERB", lemma="say")
            t.attach(s, say, "nsubj")
            t.attach(qv, say, "ccomp")
            self.bare_date(t, say)
            v = say
        self.end(t, v)
        return t

    def main_clause_past(self):
        """Rule "main clause, not a reduced one": a common noun, its own past verb and a bare
        date, and no verb after it of which it could be the subject ("The court ruled Friday
        against the plan, dealing a blow to Reed"): the counterpart of "reduced passive"."""
        t = Tree()
        d = t.add(self.pick(["The", "A"]), "DET")
        t.tokens[d][1] = t.tokens[d][0].lower()
        adj = t.add(self.pick(["federal", "state", "new", "local", "national"]), "ADJ") \
            if self.r.random() < 0.5 else None
        noun = t.add(self.pick(["court", "judge", "panel", "board", "committee", "agency",
                                "company", "council", "jury", "spokesman", "campaign",
                                "union", "senator", "governor"]), "NOUN")
        t.attach(d, noun, "det")
        if adj is not None:
            t.attach(adj, noun, "amod")
        k = self.r.random()
        if k < 0.35:
            v = t.add(self.pick(["ruled", "voted", "decided", "testified", "spoke"]), "VERB")
            t.tokens[v][1] = {"ruled": "rule", "voted": "vote", "decided": "decide",
                              "testified": "testify", "spoke": "speak"}[t.tokens[v][0]]
            self.bare_date(t, v)
            prep = t.add(self.pick(["against", "on", "for", "about"]), "ADP")
            o = self.thing(t)
            t.attach(o, v, "obl")
            t.attach(prep, o, "case")
        elif k < 0.7:
            tv = self.pick(THING_VERBS)
            v = t.add(tv[1], "VERB", lemma=tv[0])
            if self.r.random() < 0.2:
                self.bare_date(t, v)
                o = self.thing(t)
                t.attach(o, v, "obj")
            else:
                o = self.thing(t)
                t.attach(o, v, "obj")
                self.bare_date(t, v)
        else:
            pv = self.pick(PERSON_VERBS)
            v = t.add(pv[1], "VERB", lemma=pv[0])
            o = self.person(t)
            t.attach(o, v, "obj")
            self.bare_date(t, v)
        t.attach(noun, v, "nsubj")
        if self.r.random() < 0.5:
            comma = t.add(",", "PUNCT")
            ing = self.pick([("dealing", "deal", "blow"), ("handing", "hand", "victory"),
                             ("giving", "give", "boost"), ("ending", "end", "dispute")])
            iv = t.add(ing[0], "VERB", lemma=ing[1], head=v, rel="advcl")
            t.attach(comma, iv, "punct")
            a = t.add("a" if ing[2] != "dispute" else "the", "DET")
            n = t.add(ing[2], "NOUN", head=iv, rel="obj")
            t.attach(a, n, "det")
            if ing[2] != "dispute":
                to = t.add("to", "ADP")
                p = self.person(t) if self.r.random() < 0.6 else self.org(t)
                t.attach(p, n, "nmod")
                t.attach(to, p, "case")
        self.end(t, v)
        return t

    def fronted_said(self):
        """Rule "fronted report": the clause first, then who said it and when ("The campaign
        will release the records soon, a spokesman announced Monday morning")."""
        t = Tree()
        d = t.add("The", "DET", lemma="the")
        n = t.add(self.pick(["campaign", "company", "agency", "committee", "party"]), "NOUN")
        t.attach(d, n, "det")
        aux = t.add(self.pick(["will", "would", "plans", "has"]), "AUX")
        tv = self.pick(THING_VERBS)
        if t.tokens[aux][0] == "plans":
            t.tokens[aux][2], t.tokens[aux][1] = "VERB", "plan"
            plan = aux
            to = t.add("to", "PART")
            v = t.add(tv[0], "VERB", head=plan, rel="xcomp")
            t.attach(to, v, "mark")
            main = plan
        elif t.tokens[aux][0] == "has":
            t.tokens[aux][1] = "have"
            v = t.add(tv[2], "VERB", lemma=tv[0])
            t.attach(aux, v, "aux")
            main = v
        else:
            v = t.add(tv[0], "VERB")
            t.attach(aux, v, "aux")
            main = v
        t.attach(n, main, "nsubj")
        o = self.thing(t, plural=self.r.random() < 0.5)
        t.attach(o, v, "obj")
        if self.r.random() < 0.4:
            t.add(self.pick(["soon", "again", "today"]), "ADV", head=v, rel="advmod")
        t.add(",", "PUNCT", head=main, rel="punct")
        if self.r.random() < 0.5:
            a = t.add("a", "DET")
            s = t.add(self.pick(["spokesman", "spokeswoman", "official", "lawyer"]), "NOUN")
            t.attach(a, s, "det")
        else:
            s = self.person(t)
        sv = self.pick(SAY_VERBS[:2] + SAY_VERBS[5:])
        say = t.add(sv[1], "VERB", lemma=sv[0])
        t.attach(s, say, "nsubj")
        t.attach(main, say, "ccomp")
        day = t.add(self.pick(DAYS), "PROPN")
        if self.r.random() < 0.4:
            t.attach(day, t.add(self.pick(["morning", "night", "afternoon"]), "NOUN",
                                head=say, rel="obl:unmarked"), "compound")
        else:
            t.attach(day, say, "obl:unmarked")
        self.end(t, say)
        return t

    TEMPLATES = ["reduced_passive", "reduced_passive_plain", "reduced_active",
                 "set_off_participle", "dated_relative", "said_with_date", "date_before_verb",
                 "bare_date_after", "main_clause_past", "main_clause_past", "fronted_said"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=200, help="sentences per construction")
    args = ap.parse_args()
    w = Writer(random.Random(args.seed))
    out = []
    for _ in range(args.count):
        for name in Writer.TEMPLATES:
            t = getattr(w, name)()
            out.append(f"# construction = {name}\n" + t.conllu())
    print("\n".join(out))


if __name__ == "__main__":
    main()
