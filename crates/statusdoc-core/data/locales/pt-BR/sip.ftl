## SIP: classes e o vocabulário dos fatos (veja data/protocols/sip/protocol.toml).

sip-name = SIP

sip-class-1xx = Provisória
sip-class-2xx = Sucesso
sip-class-3xx = Redirecionamento
sip-class-4xx = Falha da requisição
sip-class-5xx = Falha do servidor
sip-class-6xx = Falha global

sip-class-1xx-meaning = Uma resposta 1xx diz que a requisição foi recebida e está sendo processada; não é uma resposta definitiva, e o cliente continua esperando a resposta final (RFC 3261 §21.1).
sip-class-2xx-meaning = Uma resposta 2xx diz que a requisição teve sucesso (RFC 3261 §21.2).
sip-class-3xx-meaning = Uma resposta 3xx diz onde o usuário pode ser encontrado; o cliente pode repetir a requisição nos endereços indicados (RFC 3261 §21.3).
sip-class-4xx-meaning = Uma resposta 4xx é uma falha definitiva vinda deste servidor em particular: a requisição, como foi enviada, não pode ser atendida aqui, mas a mesma requisição pode dar certo em outro servidor ou depois de corrigida (RFC 3261 §21.4).
sip-class-5xx-meaning = Uma resposta 5xx diz que o próprio servidor falhou ao processar uma requisição aparentemente válida (RFC 3261 §21.5).
sip-class-6xx-meaning = Uma resposta 6xx diz que o servidor tem informação definitiva sobre o usuário, e não apenas sobre este dispositivo: a requisição vai falhar onde quer que seja enviada (RFC 3261 §21.6).

sip-sender-uas = o servidor de agente de usuário (o telefone chamado, o PABX ou a aplicação)
sip-sender-proxy = um proxy no caminho
sip-sender-registrar = um registrar
sip-sender-redirect-server = um servidor de redirecionamento
sip-sender-b2bua = um B2BUA (PABX, SBC ou servidor de aplicação que atua pelo chamado)
sip-sender-gateway = um gateway para outra rede (por exemplo a rede pública de telefonia)
sip-sender-notifier = um notificador (o servidor de uma assinatura de eventos)
sip-sender-verifier = um serviço de verificação STIR
sip-sender-client-local = o próprio cliente, quando nenhuma resposta chega a tempo ou o transporte falha

sip-next-wait = Continuar esperando: ainda vem uma resposta final.
sip-next-proceed = Seguir adiante: a requisição teve sucesso.
sip-next-follow-contact = Repetir no endereço ou nos endereços indicados em Contact.
sip-next-authenticate = Reenviar a requisição com credenciais para o desafio recebido.
sip-next-modify-and-retry = Alterar a requisição como a resposta indica e enviá-la de novo.
sip-next-retry-later = Tentar de novo mais tarde, depois do Retry-After quando houver, ou tentar outro meio de alcançar o usuário.
sip-next-try-elsewhere = Enviar a requisição a outro servidor, ou ao mesmo depois do Retry-After.
sip-next-stop-here = Não reenviar a mesma requisição a este destino; outro destino ainda pode dar certo.
sip-next-stop-everywhere = Parar: não tentar este usuário em nenhum outro destino.
sip-next-nothing = Nada a repetir: a resposta informa um estado que o cliente deve registrar.

sip-scope-progress = Não é um desfecho: informa o andamento de uma requisição ainda pendente.
sip-scope-success = A requisição teve sucesso.
sip-scope-redirect = O usuário está em outro lugar: a resposta fala deste endereço, não do usuário.
sip-scope-request = Esta requisição neste servidor: outros servidores, outros ramos ou uma requisição alterada podem dar certo.
sip-scope-server = Este servidor: ele falhou, mas a requisição pode estar correta para outro.
sip-scope-everywhere = O usuário em qualquer lugar: nenhum outro ramo ou destino vai se sair melhor.

sip-header-level-must = presença obrigatória, MUST
sip-header-level-should = presença recomendada, SHOULD
sip-header-level-may = presença opcional, MAY
sip-header-level-carries = presente quando o remetente tem a informação, sem MUST, SHOULD nem MAY

sip-ack-none = Uma resposta provisória nunca é confirmada; ela apenas interrompe as retransmissões do INVITE sobre UDP.
sip-ack-end-to-end = O cliente confirma um 2xx para INVITE com um ACK numa nova transação, enviado de ponta a ponta pelo conjunto de rotas do diálogo.
sip-ack-hop-by-hop = A transação do cliente confirma uma resposta final não 2xx para INVITE com um ACK que fica dentro da mesma transação, salto a salto.

sip-early-dialog-creates = Com uma tag no To, cria um diálogo inicial (early dialog), um para cada ramo bifurcado que responde.
sip-early-dialog-terminates = Informa que um diálogo inicial terminou enquanto a transação INVITE continua.
sip-early-dialog-none = Nunca cria diálogo: vale salto a salto e não traz a tag To do chamado.

sip-mid-dialog-dialog = Como resposta a uma requisição dentro de um diálogo, encerra o diálogo inteiro e todos os seus usos.
sip-mid-dialog-usage = Como resposta a uma requisição dentro de um diálogo, encerra o uso a que a requisição pertencia (a chamada ou a assinatura), não necessariamente o diálogo inteiro.
sip-mid-dialog-transaction = Como resposta a uma requisição dentro de um diálogo, só faz falhar aquela transação: o diálogo e a sessão seguem inalterados.

sip-proxy-not-forwarded = O proxy não a encaminha adiante: ela só diz respeito ao salto que a recebeu.
sip-proxy-forward-immediately = O proxy a encaminha de volta imediatamente.
sip-proxy-may-recurse = O proxy pode seguir o redirecionamento ele mesmo, tentando os endereços de Contact em vez de repassar a resposta.
sip-proxy-cancels-branches = O proxy que bifurcou cancela todos os outros ramos pendentes e a repassa: nenhum outro ramo pode se sair melhor.
sip-proxy-preferred = Ao escolher a melhor entre várias respostas 4xx, o proxy que bifurcou prefere esta, porque ela diz ao cliente como corrigir a requisição.
sip-proxy-aggregate-challenges = O proxy que bifurcou junta os desafios de todos os ramos na única resposta que repassa.
sip-proxy-becomes-500 = O proxy não deve repassá-la: quando é a melhor resposta que tem, envia 500 no lugar, para que os clientes anteriores não concluam que o próprio proxy está sobrecarregado.
sip-proxy-timer-c = O proxy a envia de volta quando o Timer C expira num ramo de INVITE que nunca recebeu resposta final.
sip-proxy-loop-check = O proxy a envia quando sua verificação de laço descobre que a requisição já passou por ele com os mesmos parâmetros.
sip-proxy-max-forwards-check = O proxy a envia quando o Max-Forwards chegou a zero.
sip-proxy-proxy-require-check = O proxy a envia quando o Proxy-Require lista uma extensão que ele não suporta.
sip-proxy-uri-scheme-check = O proxy a envia quando o esquema da Request-URI é um que ele não sabe rotear.

sip-next-short-wait = continuar esperando a resposta final
sip-next-short-proceed = seguir adiante, pois a requisição teve sucesso
sip-next-short-follow-contact = repetir no endereço indicado em Contact
sip-next-short-authenticate = reenviar a requisição com credenciais
sip-next-short-modify-and-retry = alterar a requisição e enviá-la de novo
sip-next-short-retry-later = tentar de novo mais tarde ou por outro meio
sip-next-short-try-elsewhere = tentar outro servidor
sip-next-short-stop-here = desistir apenas deste destino
sip-next-short-stop-everywhere = desistir do usuário em todos os destinos
sip-next-short-nothing = apenas registrar o fato, pois não há o que repetir
