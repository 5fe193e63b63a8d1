#!/usr/bin/env python3
"""Writes gold.json for the parallel articles in this folder (each story told in six languages):
the events each article reports, with code point offsets into the whole file, their dates, the
causal links between them, and which events are the same across languages. The format is the one
read by score_events.py (per-document events, causal links, same_events).

usage: make_gold.py > gold.json
"""
import json
import sys
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# id -> (canonical key, date, mod); the same in every language.
H20_EVENTS = {
    "e1": ("chinese-labs-train-in-southeast-asia", None, None),
    "e2": ("chips-hard-to-obtain-in-china", None, None),
    "e3": ("us-export-controls", None, None),
    "e4": ("h20-sales-tightened-2025-04", "2025-04", None),
    "e5": ("offshore-shift-accelerates-2025-04", "2025-04", "after"),
    "e6": ("sea-datacentres-grow", None, None),
    "e7": ("chinese-demand-for-sea-datacentres", None, None),
    "e8": ("leases-from-non-chinese-operators", None, None),
    "e9": ("diffusion-rule-scrapped", None, None),
    "e10": ("deepseek-trains-in-china", None, None),
    "e11": ("deepseek-stockpiled-nvidia-chips", None, None),
    "e12": ("deepseek-works-with-huawei", None, None),
    "e13": ("private-data-may-not-leave-china", None, None),
    "e14": ("domestic-data-projects-stay-in-china", None, None),
}
H20_SUMMARY = {
    "e1": "Alibaba and ByteDance train their newest models in Southeast Asian data centres",
    "e2": "Chinese firms find high-end Nvidia chips hard to obtain at home",
    "e3": "US export controls on advanced chips",
    "e4": "The Trump administration tightens sales of Nvidia's H20",
    "e5": "The shift of training abroad accelerates after April 2025",
    "e6": "Data centre clusters in Singapore and Malaysia grow fast",
    "e7": "Demand from Chinese companies for Southeast Asian data centres",
    "e8": "Chinese firms lease infrastructure from non-Chinese operators",
    "e9": "President Trump scraps the AI diffusion rule",
    "e10": "DeepSeek still trains its models in China",
    "e11": "DeepSeek stockpiled Nvidia chips before the ban",
    "e12": "DeepSeek works with Huawei on new AI chips",
    "e13": "Chinese law forbids taking Chinese customers' private data abroad",
    "e14": "Projects training on domestic data must run in China",
}
# (cause, effect, type)
H20_LINKS = [("e3", "e2", "cause"), ("e2", "e1", "cause"), ("e4", "e5", "cause"),
         ("e7", "e6", "cause"), ("e9", "e8", "enable"), ("e11", "e10", "cause"),
         ("e12", "e10", "cause"), ("e13", "e14", "cause")]

H20_EVIDENCE = {
    "en": {
        "e1": "Alibaba and ByteDance are now training their newest large language models in data centres across Southeast Asia",
        "e2": "which they find hard to obtain at home",
        "e3": "export controls imposed by the United States",
        "e4": "the Trump administration tightened sales of Nvidia's H20",
        "e5": "The shift gathered pace after April 2025",
        "e6": "Data centre clusters in Singapore and Malaysia are growing fast",
        "e7": "demand from Chinese companies",
        "e8": "Those companies usually sign leases for infrastructure operated by third parties that are not Chinese",
        "e9": "President Trump has scrapped the so-called diffusion rule",
        "e10": "it still trains its models in China",
        "e11": "it stockpiled a large number of Nvidia chips before the ban",
        "e12": "it is working with Huawei on a new generation of AI chips",
        "e13": "Chinese law also forbids companies to move the private data of Chinese customers out of the country",
        "e14": "any project that trains on domestic data has to be carried out in China",
    },
    "it": {
        "e1": "Alibaba e ByteDance addestrano ormai i loro modelli linguistici più recenti in data center del Sud-est asiatico",
        "e2": "che in patria è difficile ottenere",
        "e3": "controlli sulle esportazioni decisi dagli Stati Uniti",
        "e4": "l'amministrazione Trump ha limitato le vendite del chip H20 di Nvidia",
        "e5": "Lo spostamento ha accelerato dopo aprile 2025",
        "e6": "I poli di data center di Singapore e della Malesia crescono rapidamente",
        "e7": "domanda delle aziende cinesi",
        "e8": "Queste aziende prendono in affitto infrastrutture gestite da operatori non cinesi",
        "e9": "il presidente Trump ha cancellato la cosiddetta regola di diffusione",
        "e10": "continua ad addestrare i suoi modelli in Cina",
        "e11": "prima del divieto aveva accumulato molti chip Nvidia",
        "e12": "lavora con Huawei a una nuova generazione di chip per l'IA",
        "e13": "La legge cinese vieta inoltre alle aziende di trasferire all'estero i dati personali dei clienti cinesi",
        "e14": "i progetti addestrati su dati nazionali devono svolgersi in Cina",
    },
    "fr": {
        "e1": "Alibaba et ByteDance entraînent désormais leurs grands modèles de langage les plus récents dans des centres de données d'Asie du Sud-Est",
        "e2": "qu'ils peinent à se procurer en Chine",
        "e3": "contrôles à l'exportation imposés par les États-Unis",
        "e4": "l'administration Trump a restreint les ventes de la puce H20 de Nvidia",
        "e5": "Le mouvement s'est accéléré après avril 2025",
        "e6": "Les grappes de centres de données de Singapour et de Malaisie se développent rapidement",
        "e7": "la demande des entreprises chinoises",
        "e8": "Ces entreprises louent des infrastructures exploitées par des opérateurs non chinois",
        "e9": "le président Trump a supprimé la règle dite de diffusion",
        "e10": "l'entreprise entraîne toujours ses modèles en Chine",
        "e11": "elle avait stocké un grand nombre de puces Nvidia avant l'interdiction",
        "e12": "elle travaille avec Huawei sur une nouvelle génération de puces d'IA",
        "e13": "La loi chinoise interdit en outre aux entreprises de transférer à l'étranger les données personnelles de clients chinois",
        "e14": "les projets entraînés sur des données nationales doivent donc être menés en Chine",
    },
    "es": {
        "e1": "Alibaba y ByteDance entrenan ahora sus modelos de lenguaje más recientes en centros de datos del Sudeste Asiático",
        "e2": "que les resulta difícil conseguir en su país",
        "e3": "controles de exportación impuestos por Estados Unidos",
        "e4": "la administración Trump restringió las ventas del chip H20 de Nvidia",
        "e5": "El traslado se aceleró después de abril de 2025",
        "e6": "Los polos de centros de datos de Singapur y Malasia crecen con rapidez",
        "e7": "la demanda de las empresas chinas",
        "e8": "Estas empresas alquilan infraestructuras gestionadas por operadores que no son chinos",
        "e9": "el presidente Trump eliminó la llamada regla de difusión",
        "e10": "sigue entrenando sus modelos en China",
        "e11": "acumuló una gran cantidad de chips de Nvidia antes de la prohibición",
        "e12": "trabaja con Huawei en una nueva generación de chips de IA",
        "e13": "la ley china prohíbe a las empresas sacar del país los datos personales de clientes chinos",
        "e14": "los proyectos que se entrenan con datos nacionales deben realizarse en China",
    },
    "de": {
        "e1": "Alibaba und ByteDance trainieren ihre neuesten großen Sprachmodelle inzwischen in Rechenzentren in Südostasien",
        "e2": "die sie im eigenen Land wegen der von den USA verhängten Exportkontrollen kaum erhalten",
        "e3": "von den USA verhängten Exportkontrollen",
        "e4": "die Regierung Trump den Verkauf von Nvidias H20-Chip, der für den chinesischen Markt entwickelt worden war, einschränkte",
        "e5": "Die Verlagerung beschleunigte sich nach April 2025",
        "e6": "Die Rechenzentrums-Cluster in Singapur und Malaysia wachsen",
        "e7": "Nachfrage chinesischer Unternehmen",
        "e8": "Diese Unternehmen mieten Infrastruktur, die von nicht-chinesischen Betreibern verwaltet wird",
        "e9": "Präsident Trump die sogenannte Diffusionsregel abgeschafft hat",
        "e10": "Das Unternehmen trainiert seine Modelle weiterhin in China",
        "e11": "es vor dem Verbot eine große Zahl von Nvidia-Chips gehortet hatte",
        "e12": "arbeitet mit Huawei an einer neuen Generation von KI-Chips",
        "e13": "verbietet das chinesische Recht den Unternehmen, private Daten chinesischer Kunden ins Ausland zu bringen",
        "e14": "müssen Projekte, die mit inländischen Daten trainiert werden, in China durchgeführt werden",
    },
    "pt": {
        "e1": "a Alibaba e a ByteDance treinam agora os seus modelos de linguagem mais recentes em centros de dados do Sudeste Asiático",
        "e2": "que têm dificuldade em obter no próprio país",
        "e3": "controlos de exportação impostos pelos Estados Unidos",
        "e4": "a administração Trump restringiu as vendas do chip H20 da Nvidia",
        "e5": "A deslocação acelerou depois de abril de 2025",
        "e6": "Os polos de centros de dados de Singapura e da Malásia crescem depressa",
        "e7": "procura das empresas chinesas",
        "e8": "Essas empresas alugam infraestruturas geridas por operadores que não são chineses",
        "e9": "o presidente Trump revogou a chamada regra de difusão",
        "e10": "continua a treinar os seus modelos na China",
        "e11": "acumulou um grande número de chips da Nvidia antes da proibição",
        "e12": "trabalha com a Huawei numa nova geração de chips de IA",
        "e13": "a lei chinesa proíbe as empresas de levar para o estrangeiro os dados pessoais de clientes chineses",
        "e14": "os projetos treinados com dados nacionais têm de ser realizados na China",
    },
}


GALLIUM_EVENTS = {
    "g1": ("china-announces-gallium-germanium-licences", "2023-07-03", None),
    "g2": ("gallium-germanium-exports-need-licence", "2023-08-01", None),
    "g3": ("netherlands-japan-tighten-equipment-rules", None, None),
    "g4": ("germanium-prices-rise-2023-07", "2023-07", None),
    "g5": ("buyers-stockpile-germanium", None, None),
    "g6": ("chipmakers-seek-new-suppliers", None, None),
    "g7": ("china-bans-rare-earth-processing-technology", "2023-12", None),
    "g8": ("rare-earth-refining-projects-win-support", None, None),
}
GALLIUM_SUMMARY = {
    "g1": "China announces licences for gallium and germanium exports",
    "g2": "Gallium and germanium exports require a licence from 1 August 2023",
    "g3": "The Netherlands and Japan tighten rules on chipmaking equipment",
    "g4": "Germanium prices in Europe rise sharply",
    "g5": "Buyers rush to build up germanium stocks",
    "g6": "Western chipmakers look for new suppliers",
    "g7": "Beijing bans the export of rare-earth processing technology",
    "g8": "Rare-earth refining projects outside China win political support",
}
GALLIUM_LINKS = [("g5", "g4", "cause"), ("g7", "g8", "cause")]
GALLIUM_EVIDENCE = {
    "en": {
        "g1": "China announced on 3 July 2023",
        "g2": "exports of gallium and germanium would require a licence",
        "g3": "the Netherlands and Japan had tightened their own rules on chipmaking equipment",
        "g4": "germanium prices in Europe rose sharply",
        "g5": "buyers rushed to build up stocks before the deadline",
        "g6": "Several Western chipmakers said they were looking for new suppliers",
        "g7": "Beijing also banned the export of technology for processing rare earths",
        "g8": "projects to refine rare earths outside China won political support",
    },
    "it": {
        "g1": "La Cina ha annunciato il 3 luglio 2023",
        "g2": "le esportazioni di gallio e germanio avrebbero richiesto una licenza",
        "g3": "i Paesi Bassi e il Giappone avevano inasprito le proprie regole sui macchinari per la produzione di chip",
        "g4": "i prezzi del germanio in Europa sono saliti bruscamente",
        "g5": "gli acquirenti si sono affrettati ad accumulare scorte prima della scadenza",
        "g6": "Diversi produttori occidentali di chip hanno dichiarato di essere alla ricerca di nuovi fornitori",
        "g7": "Pechino ha inoltre vietato l'esportazione delle tecnologie per la lavorazione delle terre rare",
        "g8": "i progetti per raffinare terre rare fuori dalla Cina hanno ottenuto sostegno politico",
    },
    "fr": {
        "g1": "La Chine a annoncé le 3 juillet 2023",
        "g2": "les exportations de gallium et de germanium seraient soumises à licence",
        "g3": "les Pays-Bas et le Japon avaient durci leurs propres règles sur les équipements de fabrication de puces",
        "g4": "les prix du germanium en Europe ont fortement augmenté",
        "g5": "les acheteurs se sont empressés de constituer des stocks avant l'échéance",
        "g6": "Plusieurs fabricants de puces occidentaux ont déclaré chercher de nouveaux fournisseurs",
        "g7": "Pékin a également interdit l'exportation des technologies de traitement des terres rares",
        "g8": "les projets de raffinage de terres rares hors de Chine ont gagné un soutien politique",
    },
    "es": {
        "g1": "China anunció el 3 de julio de 2023",
        "g2": "las exportaciones de galio y germanio necesitarían una licencia",
        "g3": "los Países Bajos y Japón endurecieran sus propias normas sobre equipos para fabricar chips",
        "g4": "los precios del germanio en Europa subieron con fuerza",
        "g5": "los compradores se apresuraron a acumular existencias antes del plazo",
        "g6": "Varios fabricantes occidentales de chips afirmaron que buscaban nuevos proveedores",
        "g7": "Pekín prohibió además la exportación de tecnología para procesar tierras raras",
        "g8": "los proyectos para refinar tierras raras fuera de China ganaron apoyo político",
    },
    "de": {
        "g1": "China kündigte am 3. Juli 2023 an",
        "g2": "die Ausfuhr von Gallium und Germanium ab dem 1. August 2023 eine Lizenz erfordern werde",
        "g3": "die Niederlande und Japan ihre eigenen Regeln für Anlagen zur Chipherstellung verschärft hatten",
        "g4": "stiegen die Preise für Germanium in Europa stark",
        "g5": "Käufer vor Ablauf der Frist eilig Vorräte anlegten",
        "g6": "Mehrere westliche Chiphersteller erklärten, sie suchten nach neuen Lieferanten",
        "g7": "verbot Peking zudem die Ausfuhr von Technologien zur Verarbeitung Seltener Erden",
        "g8": "erhielten Projekte zur Raffination Seltener Erden außerhalb Chinas politische Unterstützung",
    },
    "pt": {
        "g1": "A China anunciou a 3 de julho de 2023",
        "g2": "as exportações de gálio e germânio passariam a exigir uma licença",
        "g3": "os Países Baixos e o Japão terem endurecido as suas próprias regras sobre equipamentos de fabrico de chips",
        "g4": "os preços do germânio na Europa subiram fortemente",
        "g5": "os compradores se apressaram a acumular reservas antes do prazo",
        "g6": "Vários fabricantes ocidentais de chips afirmaram que procuravam novos fornecedores",
        "g7": "Pequim proibiu também a exportação de tecnologia de processamento de terras raras",
        "g8": "os projetos de refinação de terras raras fora da China ganharam apoio político",
    },
}

DUTCH_EVENTS = {
    "d1": ("netherlands-announces-equipment-export-controls", "2023-03-08", None),
    "d2": ("the-hague-publishes-the-rules", "2023-06", None),
    "d3": ("licence-required-for-advanced-duv-systems", "2023-09-01", None),
    "d4": ("chinese-customers-buy-machines-before-deadline", None, None),
    "d5": ("china-share-of-asml-sales-rises", "2023-Q3", None),
    "d6": ("government-partially-revokes-licence", "2024-01", None),
    "d7": ("asml-cannot-deliver-orders", None, None),
    "d8": ("licence-requirement-extended-to-more-models", "2024-09", None),
    "d9": ("chinese-makers-invest-in-domestic-lithography", None, None),
}
DUTCH_SUMMARY = {
    "d1": "The Dutch government announces export controls on chipmaking equipment",
    "d2": "The Hague publishes the rules",
    "d3": "A licence is required for ASML's most advanced DUV systems",
    "d4": "Chinese customers want to buy as many machines as possible before the deadline",
    "d5": "China's share of ASML's sales rises to 46 percent",
    "d6": "The government partially revokes a licence for shipments to China",
    "d7": "ASML cannot deliver several orders",
    "d8": "The licence requirement is extended to further models",
    "d9": "Chinese manufacturers invest more in domestic lithography",
}
DUTCH_LINKS = [("d4", "d5", "cause"), ("d6", "d7", "cause"), ("d8", "d9", "cause")]
DUTCH_EVIDENCE = {
    "en": {
        "d1": "The Dutch government announced new export controls on chipmaking equipment",
        "d2": "The Hague published the rules",
        "d3": "since 1 September 2023 have required a licence for ASML's most advanced DUV lithography systems",
        "d4": "Chinese customers wanted to buy as many machines as possible before the deadline",
        "d5": "China's share of ASML's sales rose to 46 percent",
        "d6": "the government partially revoked a licence for shipments to China",
        "d7": "ASML could not deliver several orders",
        "d8": "The Hague extended the licence requirement to further models",
        "d9": "Chinese manufacturers to invest more in domestic lithography",
    },
    "de": {
        "d1": "Die niederländische Regierung kündigte am 8. März 2023 neue Exportkontrollen für Anlagen zur Chipherstellung an",
        "d2": "veröffentlichte Den Haag die Regeln",
        "d3": "seit dem 1. September 2023 eine Genehmigung für die fortschrittlichsten DUV-Lithografiesysteme von ASML verlangen",
        "d4": "chinesische Kunden vor dem Stichtag möglichst viele Maschinen kaufen wollten",
        "d5": "stieg Chinas Anteil am Umsatz von ASML",
        "d6": "widerrief die Regierung teilweise eine Lizenz für Lieferungen nach China",
        "d7": "ASML mehrere Aufträge nicht mehr ausliefern konnte",
        "d8": "weitete Den Haag die Genehmigungspflicht auf weitere Modelle aus",
        "d9": "chinesische Hersteller deshalb stärker in eigene Lithografie investieren",
    },
    "es": {
        "d1": "El Gobierno neerlandés anunció el 8 de marzo de 2023 nuevos controles a la exportación de equipos para fabricar chips",
        "d2": "La Haya publicó las normas",
        "d3": "desde el 1 de septiembre de 2023 exigen una licencia para los sistemas de litografía DUV más avanzados de ASML",
        "d4": "los clientes chinos querían comprar el mayor número posible de máquinas antes de la fecha límite",
        "d5": "la cuota de China en las ventas de ASML subió al 46 %",
        "d6": "el Gobierno revocó parcialmente una licencia para envíos a China",
        "d7": "ASML no pudo entregar varios pedidos",
        "d8": "La Haya amplió la obligación de licencia a otros modelos",
        "d9": "los fabricantes chinos inviertan más en litografía propia",
    },
    "it": {
        "d1": "Il governo olandese ha annunciato l'8 marzo 2023 nuovi controlli sulle esportazioni di macchinari per la produzione di chip",
        "d2": "L'Aia ha pubblicato le norme",
        "d3": "dal 1° settembre 2023 richiedono una licenza per i sistemi di litografia DUV più avanzati di ASML",
        "d4": "i clienti cinesi volevano acquistare quante più macchine possibile prima della scadenza",
        "d5": "la quota della Cina nelle vendite di ASML è salita al 46%",
        "d6": "il governo ha revocato in parte una licenza per le spedizioni verso la Cina",
        "d7": "ASML non ha potuto consegnare diversi ordini",
        "d8": "L'Aia ha esteso l'obbligo di licenza ad altri modelli",
        "d9": "i produttori cinesi investano di più nella litografia nazionale",
    },
    "fr": {
        "d1": "Le gouvernement néerlandais a annoncé le 8 mars 2023 de nouveaux contrôles à l'exportation des équipements de fabrication de puces",
        "d2": "La Haye a publié les règles",
        "d3": "exigent depuis le 1er septembre 2023 une licence pour les systèmes de lithographie DUV les plus avancés d'ASML",
        "d4": "les clients chinois voulaient acheter le plus grand nombre possible de machines avant la date limite",
        "d5": "la part de la Chine dans les ventes d'ASML est montée à 46 %",
        "d6": "le gouvernement a révoqué en partie une licence pour des livraisons vers la Chine",
        "d7": "ASML n'a pas pu livrer plusieurs commandes",
        "d8": "La Haye a étendu l'obligation de licence à d'autres modèles",
        "d9": "les fabricants chinois investissent davantage dans une lithographie nationale",
    },
    "pt": {
        "d1": "O Governo neerlandês anunciou a 8 de março de 2023 novos controlos à exportação de equipamentos para o fabrico de chips",
        "d2": "Haia publicou as regras",
        "d3": "desde 1 de setembro de 2023 exigem uma licença para os sistemas de litografia DUV mais avançados da ASML",
        "d4": "os clientes chineses queriam comprar o maior número possível de máquinas antes do prazo",
        "d5": "a quota da China nas vendas da ASML subiu para 46 %",
        "d6": "o Governo revogou parcialmente uma licença para envios para a China",
        "d7": "a ASML não conseguiu entregar várias encomendas",
        "d8": "Haia alargou a obrigação de licença a outros modelos",
        "d9": "os fabricantes chineses invistam mais em litografia nacional",
    },
}

# story (file prefix) -> its tables
STORIES = {
    "h20-offshore": (H20_EVENTS, H20_SUMMARY, H20_LINKS, H20_EVIDENCE),
    "gallium-licences": (GALLIUM_EVENTS, GALLIUM_SUMMARY, GALLIUM_LINKS, GALLIUM_EVIDENCE),
    "dutch-licences": (DUTCH_EVENTS, DUTCH_SUMMARY, DUTCH_LINKS, DUTCH_EVIDENCE),
}


def main():
    docs, same = [], []
    for story, (events_of, summary_of, links, evidence_of) in STORIES.items():
        for lang, evidence in evidence_of.items():
            doc = f"{story}-{lang}"
            with open(os.path.join(HERE, doc + ".txt"), encoding="utf-8") as f:
                text = f.read()
            events = []
            for eid, (canonical, date, mod) in events_of.items():
                ev = evidence[eid]
                start = text.find(ev)
                if start < 0 or text.find(ev, start + 1) >= 0:
                    raise SystemExit(f"{doc}: evidence of {eid} not found exactly once")
                e = {"id": eid, "date": date,
                     "precision": ("quarter" if "Q" in date else
                                   {10: "day", 7: "month"}.get(len(date), "year")) if date else "none",
                     "evidence": ev, "summary": summary_of[eid], "canonical": canonical,
                     "start": start, "end": start + len(ev)}
                if mod:
                    e["mod"] = mod
                events.append(e)
            causal = [{"cause": c, "effect": e, "type": t} for c, e, t in links]
            docs.append({"doc": doc, "lang": lang, "dct": "2025", "events": events,
                         "causal": causal})
        same += [{"canonical": canonical,
                  "events": [[f"{story}-{lang}", eid] for lang in evidence_of]}
                 for eid, (canonical, _, _) in events_of.items()]
    json.dump({"description": "Gold for the parallel articles <story>-<lang>.txt (written for "
               "causeline; each story in six languages). Offsets are code points into the whole "
               "file; the only date the files carry besides the text's own is the copyright year.",
               "docs": docs, "same_events": same}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
