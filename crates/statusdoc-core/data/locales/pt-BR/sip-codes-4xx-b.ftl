## Códigos SIP 430 a 494.

## 430 Flow Failed
sip-430-summary = A conexão de saída (fluxo) até o aparelho registrado falhou; o proxy não consegue entregar por ela.
sip-430-description = O 430 Flow Failed é enviado por um proxy de borda do SIP Outbound quando o fluxo (a conexão pela qual um aparelho se registrou) que uma requisição precisa usar falhou; o proxy autoritativo que o recebe considera inválido aquele vínculo de registro e tenta os outros fluxos do aparelho (RFC 5626 §11, RFC 5626 §5.3).
sip-430-cause-1 = Um aparelho registrado com outbound sobre TCP ou TLS teve a conexão com o proxy de borda interrompida (troca de rede, tempo de NAT) antes de se registrar de novo (RFC 5626 §5.3).
sip-430-fix-1 = No aparelho, detecte a falha do fluxo com keep-alives (CRLF ou STUN) e registre de novo por um novo fluxo; no proxy, tente os outros fluxos registrados (RFC 5626 §5.3).
sip-430-myth-1 = Um cliente raramente deveria ver o 430: ele serve para o trecho entre o proxy de borda e o autoritativo, que normalmente o transforma em outro ramo ou num 480 (RFC 5626 §11).
sip-430-next = Tentar os outros fluxos registrados do aparelho; o próprio aparelho deve se registrar de novo por uma nova conexão.
sip-430-use-when = a conexão registrada (fluxo) até um aparelho está morta

## 433 Anonymity Disallowed
sip-433-summary = O servidor recusa requisições anônimas; o chamador ocultou sua identidade.
sip-433-description = O 433 Anonymity Disallowed rejeita uma requisição porque o chamador escolheu ficar anônimo (From anônimo, Privacy: id ou semelhante) e o chamado ou seu servidor não aceita chamadas anônimas (RFC 5079).
sip-433-cause-1 = Rejeição de chamadas anônimas ativada para o chamado, e o chamador ocultou o número (RFC 5079).
sip-433-fix-1 = Ligue de novo apresentando a identidade (retire o Privacy: id ou o From anônimo), se o chamador concordar (RFC 5079).
sip-433-myth-1 = O 433 não é um 403 genérico: diz exatamente que o anonimato é o motivo, para o chamador poder escolher revelar a identidade (RFC 5079).
sip-433-next = Reenviar sem anonimato, se o chamador aceitar revelar a identidade.
sip-433-use-when = a requisição foi recusada só porque o chamador está anônimo

## 436 Bad Identity Info
sip-436-summary = O serviço de verificação não conseguiu usar a referência de credencial do cabeçalho Identity: não foi possível obter o certificado pela URI.
sip-436-description = O 436 Bad Identity Info diz que o serviço de verificação não conseguiu obter a credencial do signatário a partir da referência que o cabeçalho Identity traz (o parâmetro info, que corresponde ao x5u do PASSporT): a URI está malformada, inalcançável ou não devolve nada utilizável (RFC 8224 §6.2.2). Na RFC 4474 o código se chamava Bad Identity-Info, por causa do cabeçalho separado que então levava a referência.
sip-436-cause-1 = O endereço do repositório de certificados no parâmetro info está fora do ar, inalcançável a partir do verificador ou usa um esquema que o verificador não suporta (RFC 8224 §6.2.2).
sip-436-cause-2 = O parâmetro info está ausente ou malformado (RFC 8224 §6.2.2).
sip-436-fix-1 = Como signatário, publique o certificado numa URL HTTPS estável, alcançável pelos verificadores, e coloque-a tanto no parâmetro info quanto no x5u (RFC 8224 §6.2.2).
sip-436-myth-1 = O 436 não é assinatura inválida (438) nem certificado não confiável (437): o verificador nem conseguiu buscar a credencial (RFC 8224 §6.2.2).
sip-436-next = Desistir com esta assinatura; o signatário precisa corrigir a referência da credencial para as chamadas serem verificadas.
sip-436-use-when = a credencial referenciada pelo cabeçalho Identity não pode ser obtida

## 437 Unsupported Credential
sip-437-summary = O serviço de verificação STIR obteve a credencial referenciada pelo cabeçalho Identity, mas não consegue validá-la (emissor não confiável, tipo não suportado).
sip-437-description = O 437 Unsupported Credential diz que o verificador obteve a credencial referenciada pelo cabeçalho Identity, mas não a suporta ou não confia nela: autoridade certificadora desconhecida, certificado vencido ou revogado, ou tipo de credencial não suportado (RFC 8224 §6.2.2). A RFC 4474 o chamava de Unsupported Certificate.
sip-437-cause-1 = Um certificado STIR/SHAKEN emitido por uma AC que não está na lista de confiança do verificador, ou um certificado vencido (RFC 8224 §6.2.2).
sip-437-cause-2 = Um certificado cuja cadeia o verificador não consegue completar (RFC 8224 §6.2.2).
sip-437-fix-1 = Como signatário, use um certificado de uma autoridade em que as operadoras de destino confiam, com a cadeia completa e dentro da validade (RFC 8224 §6.2.2).
sip-437-myth-1 = O 437 não quer dizer que a assinatura falhou na verificação; o verificador nem chegou lá, porque não pôde confiar na credencial (RFC 8224 §6.2.2).
sip-437-next = Desistir com esta assinatura; o signatário precisa usar uma credencial em que o verificador confie.
sip-437-use-when = a credencial do signatário foi obtida, mas não é confiável ou não é suportada

## 438 Invalid Identity Header
sip-438-summary = O cabeçalho Identity falhou na verificação: a assinatura não confere, o PASSporT está malformado ou velho, ou suas declarações não batem com a requisição.
sip-438-description = O 438 Invalid Identity Header diz que o verificador obteve uma credencial em que confia, mas o cabeçalho Identity não é válido: a assinatura do PASSporT não confere, suas declarações divergem da requisição (o número chamador em orig contra From ou P-Asserted-Identity, dest contra To) ou seu iat é velho demais (RFC 8224 §6.2.2). Trabalho posterior permite ao verificador informar essas falhas num cabeçalho Reason em vez de rejeitar a chamada (RFC 9410).
sip-438-cause-1 = Um intermediário alterou o número do From ou do To (normalização, prefixo acrescentado) depois de a chamada ser assinada, e orig ou dest deixaram de bater (RFC 8224 §6.2.2).
sip-438-cause-2 = A declaração iat é mais antiga que a janela de validade do verificador, muitas vezes por relógio dessincronizado ou porque o INVITE assinado foi reaproveitado (RFC 8224 §6.2.2).
sip-438-cause-3 = A assinatura foi feita com uma chave que não corresponde ao certificado, ou o token se corrompeu no caminho (RFC 8224 §6.2.2).
sip-438-fix-1 = Decodifique o PASSporT (é um JWT) e compare orig, dest e iat com a requisição como chegou; faça com que todo salto depois da assinatura deixe esses campos intactos (RFC 8224 §6.2.2).
sip-438-fix-2 = Verifique o relógio (NTP) e a configuração de chaves do serviço de assinatura (RFC 8224 §6.2.2).
sip-438-myth-1 = Quem o define é a RFC 8224, não o antigo mecanismo da RFC 4474: não existe mais cabeçalho Identity-Info; a referência da credencial é o parâmetro info do Identity (RFC 8224 §6.2.2).
sip-438-next = Não reenviar a mesma requisição assinada; é preciso corrigir o signatário ou os saltos intermediários.
sip-438-use-when = há um cabeçalho Identity, mas ele falha na verificação

## 439 First Hop Lacks Outbound Support
sip-439-summary = O registrar suporta SIP Outbound, mas o primeiro salto (proxy de borda) pelo qual o aparelho se registrou não.
sip-439-description = O 439 First Hop Lacks Outbound Support é enviado por um registrar com suporte a outbound quando um REGISTER pede outbound (reg-id e instância no Contact), mas o caminho mostra que o proxy de borda do primeiro salto não o suporta (RFC 5626 §12, RFC 5626 §6).
sip-439-cause-1 = Um aparelho configurado para outbound se registra por um proxy de borda que não acrescenta um Path de outbound (RFC 5626 §6).
sip-439-fix-1 = Ative o outbound no proxy de borda, ou registre sem o parâmetro reg-id (RFC 5626 §6).
sip-439-myth-1 = O 439 não rejeita o suporte a outbound do aparelho; a falta está no proxy à frente do registrar (RFC 5626 §12).
sip-439-next = Registrar sem outbound (sem reg-id), ou por um proxy de borda que suporte outbound.
sip-439-use-when = um registro com outbound passa por um primeiro salto que não consegue suportá-lo

## 440 Max-Breadth Exceeded
sip-440-summary = Bifurcar a requisição excederia o limite de ramos paralelos do Max-Breadth.
sip-440-description = O 440 Max-Breadth Exceeded é enviado por um proxy que não pode bifurcar mais a requisição porque o orçamento de ramos simultâneos do Max-Breadth acabou; o limite protege contra ataques de amplificação que multiplicam uma requisição em muitas (RFC 5393).
sip-440-cause-1 = Muitos aparelhos registrados num mesmo endereço, ou cadeias de proxies que bifurcam, esgotando o orçamento de largura (RFC 5393).
sip-440-fix-1 = Reduza a abertura: menos destinos paralelos por usuário ou menos saltos que bifurcam; aumente o Max-Breadth onde a política permitir (RFC 5393).
sip-440-myth-1 = O 440 não trata do número de saltos (isso é o 483), e sim do número de ramos paralelos (RFC 5393).
sip-440-next = Não reenviar sem mudanças; reduzir a bifurcação ou o número de destinos.
sip-440-use-when = um proxy não pode bifurcar mais sem exceder o número permitido de ramos paralelos

## 469 Bad Info Package
sip-469-summary = O INFO usou um Info Package que o destinatário não declarou aceitar (Recv-Info).
sip-469-description = O 469 Bad Info Package responde a um INFO cujo cabeçalho Info-Package cita um pacote que o destinatário não declarou, no seu Recv-Info, estar disposto a receber neste diálogo (RFC 6086 §4.2.2). A resposta informa no Recv-Info quais pacotes são aceitos.
sip-469-cause-1 = DTMF enviado por INFO com um pacote (dtmf, por exemplo) que a outra ponta nunca listou no Recv-Info durante o estabelecimento da chamada (RFC 6086 §4.2.2).
sip-469-fix-1 = Envie só pacotes que a outra ponta listou no Recv-Info, ou negocie o DTMF de outra forma, como telephone-events no RTP (RFC 6086 §4.2.2).
sip-469-myth-1 = O 469 não quer dizer que o próprio INFO não é suportado (isso é 405 ou 501); só o pacote não é aceito (RFC 6086 §4.2.2).
sip-469-next = Reenviar com um Info Package que a outra ponta listou no Recv-Info, ou usar outro mecanismo.
sip-469-use-when = um INFO usa um Info Package que a outra ponta não aceitou receber

## 470 Consent Needed
sip-470-summary = Um relay não vai encaminhar a requisição ao destino porque o destino não consentiu em receber requisições deste remetente.
sip-470-description = O 470 Consent Needed é enviado por um relay (como um servidor que expande uma lista de destinatários) quando um destino não deu permissão para receber requisições do remetente; a resposta indica os destinos no Permission-Missing, para que o remetente possa pedir o consentimento (RFC 5360).
sip-470-cause-1 = Um servidor de lista de URIs ou uma conferência que enviaria a um destinatário que não autorizou o remetente (RFC 5360).
sip-470-fix-1 = Peça permissão aos destinatários listados no Permission-Missing (o mecanismo de consentimento usa um MESSAGE com um documento de permissão) e depois repita (RFC 5360).
sip-470-myth-1 = O 470 não é falha de autenticação; o remetente pode estar plenamente autenticado, mas o destinatário não concordou (RFC 5360).
sip-470-next = Obter antes o consentimento do destinatário; reenviar sem mudanças falha de novo.
sip-470-use-when = o destinatário não consentiu em receber requisições repassadas deste remetente

## 480 Temporarily Unavailable
sip-480-summary = O chamado existe, mas não pode ser alcançado no momento (não registrado, não perturbe, sem atendimento).
sip-480-description = O 480 Temporarily Unavailable diz que o sistema do chamado foi contatado com sucesso, ou que o usuário é conhecido, mas ele está indisponível agora: não está conectado, está num estado que impede a comunicação ou com o não perturbe ativado. O Retry-After pode dizer quando tentar de novo (RFC 3261 §21.4.18). Um proxy o envia quando o serviço de localização conhece o usuário, mas não tem vínculo atual (RFC 3261 §16.5).
sip-480-cause-1 = O usuário existe, mas nenhum aparelho está registrado agora: o telefone está desligado, perdeu a rede ou o registro expirou (RFC 3261 §16.5).
sip-480-cause-2 = Não perturbe, ou um aparelho que rejeita chamadas no estado em que está (RFC 3261 §21.4.18).
sip-480-cause-3 = Um gateway converte as causas ISUP 19 (sem atendimento), 20 (assinante ausente) ou 31 (normal, não especificado) em 480 (RFC 3398 §7.2.4.1).
sip-480-fix-1 = Verifique se o aparelho do chamado está registrado (e seus keep-alives de NAT), depois tente mais tarde ou respeite o Retry-After (RFC 3261 §21.4.18).
sip-480-fix-2 = Se uma operadora envia 480 para toda chamada, olhe a frase de motivo e um eventual cabeçalho Reason: muitas usam o 480 como resposta genérica para falhas de roteamento (RFC 3261 §21.4.18).
sip-480-myth-1 = O 480 não é o 404: o usuário existe; só o alcance é temporário (RFC 3261 §21.4.18).
sip-480-myth-2 = O 480 não é sinal de ocupado: um chamado ocupado responde 486 (RFC 3261 §21.4.24).
sip-480-next = Tentar mais tarde (depois do Retry-After, se houver) ou desviar a chamada, por exemplo para o correio de voz.
sip-480-use-when = o usuário existe, mas não pode ser alcançado agora

## 481 Call/Transaction Does Not Exist
sip-481-summary = A requisição se refere a um diálogo ou transação que o servidor não conhece.
sip-481-description = O 481 Call/Transaction Does Not Exist diz que o UAS recebeu uma requisição que não corresponde a nenhum diálogo ou transação que ele tenha (RFC 3261 §21.4.19): uma requisição dentro de diálogo cujo Call-ID e tags não batem com nenhum diálogo (RFC 3261 §12.2.2), ou um CANCEL que não corresponde a nenhuma transação pendente (RFC 3261 §9.2). O cliente que recebe 481 para uma requisição dentro de diálogo deve considerar o diálogo encerrado (RFC 3261 §12.2.1.2).
sip-481-cause-1 = Um BYE ou re-INVITE para uma chamada que a outra ponta já considera encerrada, por exemplo porque reiniciou, encerrou a chamada por tempo ou nunca recebeu o ACK (RFC 3261 §12.2.2).
sip-481-cause-2 = Um CANCEL enviado depois que a transação INVITE terminou, ou que não corresponde ao branch do Via, à Request-URI ou ao número do CSeq do INVITE (RFC 3261 §9.2).
sip-481-cause-3 = Um SBC ou B2BUA que reescreveu tags ou Call-ID de forma inconsistente entre requisições do mesmo diálogo (RFC 3261 §12.2.2).
sip-481-fix-1 = Compare Call-ID, tag do From e tag do To da requisição que falhou com as da resposta que criou o diálogo; qualquer diferença aponta o elemento que as alterou (RFC 3261 §12.2.2).
sip-481-fix-2 = No CANCEL, verifique se ele copia do INVITE a Request-URI, o Call-ID, o From, o To (sem tag nova), o número do CSeq e o branch do primeiro Via (RFC 3261 §9.1).
sip-481-myth-1 = Um 481 para um CANCEL não interrompe a chamada: o INVITE continua, a menos que termine por conta própria (RFC 3261 §9.2).
sip-481-next = Considerar o diálogo ou a transação encerrados: limpar o estado local, sem reenviar.
sip-481-use-when = uma requisição se refere a um diálogo ou transação que o servidor não tem

## 482 Loop Detected
sip-482-summary = Um proxy descobriu que a requisição voltou até ele num laço.
sip-482-description = O 482 Loop Detected diz que o servidor recebeu uma requisição que já tinha passado por ele na mesma forma: sua detecção de laço, baseada nos cabeçalhos Via e no parâmetro branch, encontrou uma espiral que não avança (RFC 3261 §21.4.20, RFC 3261 §16.3). Um UAS também responde 482 à segunda cópia de uma requisição que chegou por outro caminho depois de uma bifurcação (requisição mesclada) (RFC 3261 §8.2.2.2).
sip-482-cause-1 = Um laço de roteamento entre proxies, ou entre um proxy e um PABX: cada um encaminha a chamada ao outro por causa de uma rota ou de um plano de numeração mal configurados (RFC 3261 §16.3).
sip-482-cause-2 = Um INVITE bifurcado que chega duas vezes ao mesmo UAS por caminhos diferentes; a segunda cópia é rejeitada como mesclada (RFC 3261 §8.2.2.2).
sip-482-fix-1 = Leia os cabeçalhos Via da requisição rejeitada: os hosts repetidos mostram o laço; corrija as rotas para que cada salto faça a requisição avançar (RFC 3261 §16.3).
sip-482-myth-1 = O 482 e o 483 não são a mesma coisa: o 482 é detectado inspecionando o Via; o 483, só quando o Max-Forwards se esgota (RFC 3261 §21.4.20, RFC 3261 §21.4.21).
sip-482-next = Não reenviar; corrigir o roteamento que faz a requisição andar em círculos.
sip-482-use-when = uma requisição volta, sem mudanças, a um servidor por onde já passou

## 483 Too Many Hops
sip-483-summary = O Max-Forwards da requisição chegou a zero antes de ela alcançar o destino.
sip-483-description = O 483 Too Many Hops diz que a requisição chegou com Max-Forwards em zero e não pode ser encaminhada adiante (RFC 3261 §21.4.21, RFC 3261 §16.3). Os clientes começam o Max-Forwards em 70 (RFC 3261 §8.1.1.6); chegar a zero costuma indicar um laço que a detecção de laço não pegou, ou uma cadeia muito longa.
sip-483-cause-1 = Um laço de roteamento que altera a requisição a cada passagem (branch novo, Request-URI nova), de modo que a detecção de laço pelo Via não o vê até o Max-Forwards acabar (RFC 3261 §16.3).
sip-483-cause-2 = Um cliente ou B2BUA que começa com um Max-Forwards muito pequeno, ou um B2BUA que copia para cada perna nova um valor já decrementado (RFC 3261 §8.1.1.6).
sip-483-fix-1 = Observe o Max-Forwards em cada salto e a lista de Via da requisição: descubra onde ela entra em laço ou onde o valor já começa baixo (RFC 3261 §20.22).
sip-483-myth-1 = O 483 não quer dizer que o caminho IP tem roteadores demais; ele conta apenas elementos SIP (RFC 3261 §21.4.21).
sip-483-next = Não reenviar sem mudanças; corrigir o laço ou o valor inicial do Max-Forwards.
sip-483-use-when = o orçamento de Max-Forwards da requisição se esgotou

## 484 Address Incomplete
sip-484-summary = O endereço discado está incompleto; faltam dígitos.
sip-484-description = O 484 Address Incomplete diz que a Request-URI está incompleta, normalmente um número de telefone com dígitos de menos (RFC 3261 §21.4.22). Permite a discagem por sobreposição (overlap): o cliente pode enviar um novo INVITE com mais dígitos. Quando bifurca, o proxy prefere o 484 entre as respostas 4xx, porque ele diz ao chamador como prosseguir (RFC 3261 §16.7).
sip-484-cause-1 = Um telefone envia o INVITE antes de o usuário terminar de discar (tempo do plano de discagem ou digit map errado) (RFC 3261 §21.4.22).
sip-484-cause-2 = Um número sem o código de área ou de país, enviado a um servidor que não vai adivinhá-lo (RFC 3261 §21.4.22).
sip-484-cause-3 = Um gateway converte a causa ISUP 28 (formato de número inválido) em 484 (RFC 3398 §7.2.4.1).
sip-484-fix-1 = Complete o número (códigos de país e de área, todos os dígitos) e repita; ajuste o digit map do telefone para esperar números completos (RFC 3261 §8.1.3.5).
sip-484-myth-1 = O 484 não é o 404: o número não está errado, só é curto demais para ser roteado (RFC 3261 §21.4.22).
sip-484-next = Reenviar com o endereço completo (mais dígitos).
sip-484-use-when = o endereço discado é curto demais para ser roteado

## 485 Ambiguous
sip-485-summary = O endereço corresponde a vários usuários; o Contact pode listar as possibilidades.
sip-485-description = O 485 Ambiguous diz que a Request-URI era ambígua: corresponde a vários usuários. A resposta pode listar no Contact os endereços possíveis sem ambiguidade (RFC 3261 §21.4.23), embora revelá-los possa ser uma questão de privacidade.
sip-485-cause-1 = Uma chamada por nome ou por um apelido curto (sip:joao@exemplo.com.br) que corresponde a várias entradas do diretório (RFC 3261 §21.4.23).
sip-485-fix-1 = Use um endereço completo e único; escolha um do Contact se a resposta os listar (RFC 3261 §21.4.23).
sip-485-myth-1 = O 485 não é o 300: o 300 lista locais de um mesmo usuário; o 485 diz que vários usuários diferentes correspondem (RFC 3261 §21.4.23).
sip-485-next = Reenviar com um endereço sem ambiguidade, por exemplo um dos listados em Contact.
sip-485-use-when = o endereço corresponde a mais de um usuário

## 486 Busy Here
sip-486-summary = O aparelho do chamado está ocupado; o usuário pode estar alcançável em outro lugar ou mais tarde.
sip-486-description = O 486 Busy Here diz que o sistema do chamado foi contatado com sucesso, mas não quer ou não pode receber outra chamada neste aparelho (RFC 3261 §21.4.24). O Retry-After pode indicar quando ligar de volta. Por ser uma resposta 4xx, vale só para este aparelho: outros ramos bifurcados ainda podem dar certo, e o correio de voz ou outro aparelho podem receber a chamada.
sip-486-cause-1 = O chamado está em outra chamada e tem a chamada em espera desativada, ou atingiu o limite de linhas do aparelho (RFC 3261 §21.4.24).
sip-486-cause-2 = O usuário apertou "rejeitar" num telefone configurado para enviar 486 nesse caso (RFC 3261 §21.4.24).
sip-486-cause-3 = Um gateway converte a causa ISUP 17 (usuário ocupado) em 486 (RFC 3398 §7.2.4.1).
sip-486-fix-1 = Nada está quebrado: ligue de novo mais tarde, depois do Retry-After se houver, ou desvie (correio de voz, desvio se ocupado) (RFC 3261 §21.4.24).
sip-486-fix-2 = Se um aparelho responde 486 estando livre, confira o limite de linhas ou de chamadas e a configuração de chamada em espera (RFC 3261 §21.4.24).
sip-486-myth-1 = O 486 não é "ocupado em todo lugar": o proxy que bifurca continua tentando outros aparelhos depois de um 486; só o 600 encerra a busca (RFC 3261 §21.4.24, RFC 3261 §21.6.1).
sip-486-next = Tentar mais tarde (Retry-After), tentar os outros aparelhos do usuário ou desviar a chamada.
sip-486-use-when = este aparelho está ocupado, mas o usuário pode estar alcançável em outro lugar ou mais tarde

## 487 Request Terminated
sip-487-summary = A requisição foi cancelada (por CANCEL ou BYE) antes de terminar; é o fim normal de um INVITE cancelado.
sip-487-description = O 487 Request Terminated é a resposta final que o UAS envia ao INVITE original depois de receber um CANCEL para ele, ou um BYE que o encerra antes da hora (RFC 3261 §21.4.25, RFC 3261 §9.2). É o desfecho esperado de uma chamada que o chamador abandonou antes do atendimento, e dos ramos perdedores quando um proxy que bifurca os cancela.
sip-487-cause-1 = O chamador desligou enquanto o telefone tocava: o chamador envia CANCEL, recebe 200 para o CANCEL e depois 487 para o INVITE (RFC 3261 §9.1).
sip-487-cause-2 = Toque simultâneo: outro aparelho atendeu, e o proxy que bifurcou cancelou os outros ramos, que respondem 487 cada um (RFC 3261 §9.2).
sip-487-fix-1 = Em geral nada a corrigir. Se chamadas terminam em 487 sem ninguém ter cancelado, descubra quem enviou o CANCEL: um temporizador de não atendimento num PABX ou SBC costuma ser o responsável (RFC 3261 §9.1).
sip-487-myth-1 = O 487 não é um erro do lado do chamado: ele confirma o cancelamento que o lado do chamador pediu (RFC 3261 §21.4.25).
sip-487-next = Nada a fazer: confirmá-lo (ACK) e tratar a tentativa como cancelada.
sip-487-use-when = um INVITE pendente foi cancelado antes de terminar

## 488 Not Acceptable Here
sip-488-summary = A oferta de descrição de sessão (SDP) não é aceitável neste ponto final: nenhum codec, tipo de mídia, transporte ou família de endereços em comum.
sip-488-description = O 488 Not Acceptable Here diz que algum aspecto da descrição de sessão, como os tipos de mídia, os codecs, a banda ou o endereçamento, não é aceitável para este ponto final (RFC 3261 §21.4.26). A resposta pode trazer um cabeçalho Warning apontando o problema e um corpo descrevendo o que o ponto final suporta. Para um re-INVITE, deixa a sessão existente inalterada (RFC 3261 §14.2).
sip-488-cause-1 = Nenhum codec em comum: a oferta tem só G.729 ou Opus e o chamado aceita só G.711, por exemplo (RFC 3261 §13.3.1).
sip-488-cause-2 = Divergência de mídia segura: um lado oferece RTP/SAVP ou exige SRTP e o outro aceita só RTP/AVP, ou o contrário (RFC 3261 §21.4.26).
sip-488-cause-3 = Família de endereços ou transporte errados no SDP (IPv6 oferecido a um ponto final só IPv4), ou uma linha de mídia (vídeo, T.38) que o ponto final recusa (RFC 3261 §21.4.26).
sip-488-fix-1 = Ponha lado a lado a oferta e as capacidades do chamado (o cabeçalho Warning, um corpo no 488 ou a resposta a um OPTIONS) e acrescente à oferta um codec ou perfil em comum (RFC 3261 §21.4.26, RFC 3261 §20.43).
sip-488-fix-2 = Veja o que os SBCs e transcodificadores do caminho fazem com o SDP: muitos 488 vêm de um SDP reescrito no meio do caminho (RFC 3261 §13.3.1).
sip-488-myth-1 = O 488 não é o 415: o formato SDP em si é entendido; o conteúdo é que não é aceitável (RFC 3261 §21.4.26, RFC 3261 §21.4.13).
sip-488-myth-2 = O 488 vale para este ponto final; outros ramos podem aceitar a mesma oferta. Uma recusa válida para todos os pontos finais é o 606 (RFC 3261 §21.6.4).
sip-488-next = Reenviar com uma descrição de sessão que o ponto final aceite (acrescentar um codec, perfil ou família de endereços em comum).
sip-488-use-when = este ponto final não aceita a descrição de sessão oferecida

## 489 Bad Event
sip-489-summary = O pacote de eventos indicado no cabeçalho Event não é suportado pelo servidor.
sip-489-description = O 489 Bad Event diz que o servidor não entende o pacote de eventos indicado no cabeçalho Event de um SUBSCRIBE ou PUBLISH, ou que o assinante recebeu um NOTIFY de um pacote que não assinou (RFC 6665 §8.3.1, RFC 6665 §4.1.3, RFC 3903 §6). A resposta pode listar os pacotes suportados no Allow-Events.
sip-489-cause-1 = Um telefone assina message-summary (indicação de correio de voz), presence ou dialog num servidor que não oferece esse pacote (RFC 6665 §8.3.1).
sip-489-cause-2 = Um PUBLISH para um pacote de eventos que o compositor de estado não trata (RFC 3903 §6).
sip-489-cause-3 = Um NOTIFY não solicitado, como check-sync ou message-summary, enviado a um aparelho que não o assinou (RFC 6665 §4.1.3).
sip-489-fix-1 = Veja o Allow-Events da resposta e assine só pacotes que o servidor suporta, ou ative o pacote no servidor (RFC 6665 §8.3.1).
sip-489-myth-1 = O 489 não quer dizer que o SUBSCRIBE não é suportado; o método funciona, mas o pacote é desconhecido (RFC 6665 §8.3.1).
sip-489-next = Usar um pacote de eventos listado no Allow-Events, ou parar de assinar este.
sip-489-use-when = o pacote de eventos de uma assinatura, publicação ou notificação não é suportado

## 491 Request Pending
sip-491-summary = Já há outra troca oferta/resposta em andamento neste diálogo (colisão, ou glare); repita depois de um intervalo aleatório.
sip-491-description = O 491 Request Pending responde a um re-INVITE ou UPDATE recebido enquanto o UAS tem sua própria transação de oferta/resposta pendente no mesmo diálogo (RFC 3261 §21.4.27, RFC 3261 §14.2, RFC 3311 §5.2). Normalmente os dois lados recebem um 491; cada um espera um tempo aleatório e repete: o lado dono do Call-ID espera de 2,1 a 4 segundos, o outro de 0 a 2 segundos (RFC 3261 §14.1).
sip-491-cause-1 = As duas pontas enviam um re-INVITE no mesmo instante, por exemplo para colocar em espera e para renovar o temporizador de sessão (glare) (RFC 3261 §14.1).
sip-491-cause-2 = Um UPDATE ou re-INVITE enviado antes de o anterior receber resposta final (RFC 3311 §5.2).
sip-491-fix-1 = Repita depois do intervalo aleatório da RFC 3261; se a outra ponta nunca se recupera, verifique se ela aplica a espera e não repete de imediato (RFC 3261 §14.1).
sip-491-myth-1 = O 491 não rejeita a mudança; pede para tentar de novo quando a outra troca terminar (RFC 3261 §21.4.27).
sip-491-next = Repetir o re-INVITE ou UPDATE depois de um intervalo aleatório (2,1 a 4 s se o Call-ID é seu, senão 0 a 2 s).
sip-491-use-when = já há uma troca oferta/resposta pendente no mesmo diálogo

## 493 Undecipherable
sip-493-summary = A requisição trazia um corpo cifrado (S/MIME) que o servidor não consegue decifrar.
sip-493-description = O 493 Undecipherable diz que o UAS recebeu uma requisição com um corpo MIME cifrado para o qual não tem ou não fornece a chave de decifragem certa (RFC 3261 §21.4.28, RFC 3261 §23.2). A resposta pode trazer um corpo com uma chave pública adequada.
sip-493-cause-1 = Um SDP ou MESSAGE cifrado com S/MIME para o qual o destinatário não tem a chave privada, ou cifrado com o certificado errado (RFC 3261 §23.2).
sip-493-fix-1 = Cifre com o certificado atual do destinatário, ou envie sem cifrar onde a política permitir (RFC 3261 §23.2).
sip-493-myth-1 = O 493 nada tem a ver com o TLS entre saltos; trata de corpos S/MIME de ponta a ponta (RFC 3261 §21.4.28).
sip-493-next = Reenviar com um corpo cifrado para a chave do destinatário, ou sem cifrar.
sip-493-use-when = o corpo cifrado da requisição não pode ser decifrado pelo destinatário

## 494 Security Agreement Required
sip-494-summary = O servidor exige um acordo de mecanismo de segurança (sec-agree) antes de processar a requisição; o Security-Server lista os mecanismos.
sip-494-description = O 494 Security Agreement Required é enviado por um servidor que exige que o cliente negocie um mecanismo de segurança, por exemplo IPsec ou TLS no IMS, antes de processar a requisição; a resposta lista no Security-Server os mecanismos que ele suporta, e o cliente escolhe um, estabelece-o e repete (RFC 3329 §2.3.1).
sip-494-cause-1 = Um aparelho IMS se registra no P-CSCF sem os cabeçalhos Security-Client e sec-agree esperados (RFC 3329 §2.3.1).
sip-494-fix-1 = Inclua Security-Client e Require: sec-agree, depois estabeleça o mecanismo oferecido no Security-Server e reenvie com Security-Verify (RFC 3329 §2.3.1).
sip-494-myth-1 = O 494 não é um desafio de autenticação; as credenciais vêm depois, pelo mecanismo negociado (RFC 3329 §2.3.1).
sip-494-next = Negociar um dos mecanismos do Security-Server e reenviar por ele.
sip-494-use-when = o servidor exige um mecanismo de segurança negociado antes de processar a requisição
