## O site: leiaute, páginas e erros da API.

site-tagline = Códigos de status de protocolos explicados e comparados, com a seção da RFC de cada afirmação.
skip-to-content = Pular para o conteúdo
nav-compare = Comparar
nav-about = Sobre
nav-codes = Todos os códigos
search-label = Buscar códigos
search-placeholder = Código, palavras ou cabeçalho (ex.: 438, ocupado, Min-Expires)
search-button = Buscar
language-label = Idioma
language-suggestion = Esta página também está disponível em { $language }.
locale-name = Português (Brasil)
footer-text = O statusdoc explica códigos de status de protocolos a partir das RFCs. Cada afirmação cita a seção em que se baseia; relate erros pela página Sobre.

home-title = Códigos de resposta SIP explicados e comparados
home-description = Todos os códigos de resposta SIP: o que significam, por que aparecem, como resolver e em que diferem do código com que são confundidos, com a seção da RFC de cada afirmação.
home-intro = Consulte qualquer código de resposta SIP ou compare dois deles. Cada resposta cita a seção da RFC de onde vem.
home-classes = Códigos por classe
home-confused = Pares mais confundidos
home-picker = Comparar dois códigos

picker-title = Comparar dois códigos SIP
picker-description = Escolha dois códigos de resposta SIP quaisquer para ver o que realmente os distingue.
picker-first = Primeiro código
picker-second = Segundo código
picker-submit = Comparar
picker-invalid = Escolha dois códigos registrados diferentes.

class-title = Respostas SIP { $class }: { $name }
class-description = Todos os códigos de resposta SIP { $class } registrados ({ $name }), cada um com seu significado e referência à RFC.
protocol-title = Todos os códigos de resposta SIP
protocol-description = Os { $count } códigos de resposta do registro SIP da IANA, por classe, cada um com seu significado e referência à RFC.

code-title = SIP { $code } { $reason }: significado, causas e soluções
code-compare-with = Comparar o { $code } com
code-open-full = Explicação completa do { $code }
code-table-code = Código
code-table-reason = Frase de motivo
code-table-summary = Significado

compare-title = SIP { $a } x { $b }: a diferença
compare-description = { $a } { $a-reason } contra { $b } { $b-reason }: a distinção real, as principais diferenças com referências às RFCs e qual deles se aplica.

search-title = Busca: { $query }
search-title-empty = Buscar códigos SIP
search-description = Busque códigos de resposta SIP por número, frase de motivo, nome de cabeçalho ou palavras.
search-prompt = Digite um código, palavras ou o nome de um cabeçalho.

about-title = Sobre o statusdoc e seu método
about-description = De onde vêm os fatos do statusdoc, como as comparações são montadas e como relatar um erro.
about-sources-heading = Fontes
about-sources = O registro espelha o Session Initiation Protocol (SIP) Parameters, Response Codes, da IANA. Fatos e textos foram escritos a partir das próprias RFCs, principalmente a RFC 3261 e as RFCs que definem ou alteram cada código; cada parágrafo indica a seção em que se apoia, e as referências levam à cópia dessa seção no RFC Editor.
about-method-heading = Como as comparações são feitas
about-method = Uma comparação põe lado a lado os fatos dos dois códigos: classe e se a resposta é final, alcance, o que o cliente faz em seguida, quem envia, a que requisições responde, cabeçalhos exigidos, efeitos sobre transações e diálogos, tratamento nos proxies, situação no registro e o mapeamento ISUP/Q.850. Só os aspectos em que os dois códigos realmente diferem entram como diferenças, cada um com suas referências. Para os pares que os engenheiros costumam confundir, uma nota escrita à mão explica a distinção real e quando enviar cada um.
about-report-heading = Relatar um erro
about-report = Se uma afirmação estiver errada ou desatualizada, abra um chamado no rastreador do projeto citando o endereço da página, a frase e a seção da RFC que a contradiz.
about-offline = Este site roda a partir de um único programa com todos os dados embutidos; não carrega nada de outros sites.

notfound-title = Página não encontrada
notfound-description = A página não existe. Busque os códigos ou comece pela lista.
notfound-intro = Não há página neste endereço. Talvez um destes ajude:
notfound-unregistered-title = SIP { $code } não é um código registrado

api-error-not-found = Recurso da API inexistente: { $path }
api-error-bad-code = “{ $input }” não é um código de status SIP (esperado de 100 a 699).
api-error-same-code = Compare o { $code } com um código diferente.
api-error-empty-search = Informe ao menos uma palavra ou um número no parâmetro q.
api-error-unknown-locale = Idioma desconhecido “{ $input }”.
http-error-method = Método não permitido; use GET ou HEAD.
http-error-too-long = O endereço da requisição é longo demais.

## "Analisar um rastro": enviar uma captura ou colar um log.
nav-analyze = Analisar um rastro
analyze-page-title = Analisar um rastro SIP
analyze-page-description = Envie uma captura (pcap, pcapng) ou cole um log SIP ou um despejo de ngrep / tcpdump -A: cada chamada desenhada como diagrama de escada, cada falha explicada pelos próprios cabeçalhos.
analyze-page-lead = Envie uma captura ou cole o texto de um log: você recebe o diagrama de cada chamada, as mensagens completas e, para cada falha, o que os cabeçalhos dizem e o que fazer.
analyze-file-label = Arquivo de captura (pcap, pcapng, Network Monitor, Endace ERF, snoop; também comprimidos: gzip, zstd, xz, bzip2, lz4) ou arquivo de log (também a saída de ngrep ou tcpdump -A), ou um pacote ZIP ou tar que os contenha; vários arquivos escolhidos de uma vez são combinados em uma só linha do tempo
analyze-text-label = Ou cole mensagens SIP ou linhas de log (Kamailio, OpenSIPS, Asterisk, FreeSWITCH)
analyze-text-placeholder = SIP/2.0 486 Busy Here …
analyze-redact-label = Anonimizar antes: trocar endereços IP, nomes de host, usuários, números de telefone e nomes de exibição por pseudônimos
analyze-keys-label = Registro de chaves TLS (opcional): o SIP sobre TLS da captura é decifrado com os segredos de sessão que ele contém (SSLKEYLOGFILE, formato NSS)
analyze-submit = Analisar
analyze-privacy = Envios de até { $limit } MB são lidos na memória, respondidos e descartados: nada é armazenado nem registrado.
analyze-cli-hint = O mesmo relatório pela linha de comando, sem enviar nada: statusdoc analyze ARQUIVO --html relatorio.html
analyze-again = Analisar outro rastro
analyze-error-empty = Nada foi enviado: escolha um arquivo ou cole algum texto.
analyze-error-too-large = O envio passa do limite de { $limit } MB. Corte a captura nas chamadas de que precisa (por exemplo com editcap ou tshark -Y sip -w) ou rode o statusdoc analyze na sua máquina, que não tem esse limite.
analyze-error-form = Não foi possível ler o formulário: { $detail }
