## Notas escritas à mão para os pares mais confundidos (listados em
## data/protocols/sip/pairs.toml): a distinção real e qual se aplica.

sip-pair-100-180-summary = O 100 Trying é uma confirmação salto a salto do próximo elemento, dizendo que assumiu o INVITE; o 180 Ringing vem do agente de usuário do chamado e diz que o usuário está sendo alertado (RFC 3261 §21.1.1, RFC 3261 §21.1.2). O 100 nunca é repassado nem cria diálogo, enquanto o 180 volta até o chamador e cria um diálogo inicial (RFC 3261 §16.7, RFC 3261 §12.1).
sip-pair-100-180-which = Não são alternativas, e sim passos sucessivos da mesma chamada: cada salto envia 100 na hora, e só o chamado envia 180, quando está de fato alertando. Uma chamada que fica no 100 ainda não chegou a um aparelho que toca (RFC 3261 §21.1.1).

sip-pair-180-183-summary = O 180 diz que o aparelho do chamado está alertando o usuário; o 183 informa outro tipo de andamento, quase sempre mídia antecipada descrita no seu SDP (RFC 3261 §21.1.2, RFC 3261 §21.1.5). Os dois são provisórios e os dois podem trazer SDP, por isso são confundidos: o que o chamador ouve depende do SDP da resposta, não do código (RFC 3261 §13.3.1.1).
sip-pair-180-183-which = Envie 180 quando o telefone realmente toca. Envie 183 com SDP quando a outra ponta precisa tocar ela mesma tons ou anúncios, como fazem os gateways para a rede pública. O chamador que recebe 180 sem SDP gera o ringback localmente; com 183 e SDP, reproduz a mídia que recebe (RFC 3261 §13.3.1.1).

sip-pair-181-302-summary = Com o 181 o servidor desvia a chamada ele mesmo e só informa o chamador; com o 302 o servidor devolve o endereço novo e o chamador é que precisa enviar um novo INVITE para lá (RFC 3261 §21.1.3, RFC 3261 §21.3.3).
sip-pair-181-302-which = Um proxy ou PABX que faz o desvio ele mesmo pode enviar 181 e segue em frente; um servidor de redirecionamento, ou um aparelho que quer que o lado do chamador faça o trabalho, responde 302 com um Contact. Onde os chamadores podem não seguir redirecionamentos, desviar (com ou sem 181) é a escolha mais segura (RFC 3261 §8.1.3.4).

sip-pair-199-487-summary = O 199 informa que um diálogo inicial de um INVITE bifurcado terminou, enquanto o INVITE continua em outros ramos; o 487 é a resposta final que encerra toda a transação INVITE depois de ela ter sido cancelada (RFC 6228 §5, RFC 3261 §21.4.25).
sip-pair-199-487-which = Aparecem em momentos diferentes: o 199 antes de qualquer resposta final, no ramo que falhou, e só se o chamador enviou Supported: 199; o 487 no fim de um INVITE cancelado, depois do CANCEL (RFC 6228 §4, RFC 3261 §9.2).

sip-pair-200-202-summary = Os dois são sucessos; o 202 Accepted acrescentava que a requisição foi aceita mas ainda não executada. A RFC 6665 tornou o 202 obsoleto para eventos SIP, e quem o recebe deve tratá-lo exatamente como 200 (RFC 6665 §4.2.1.1).
sip-pair-200-202-which = Envie 200. Espere 202 de notificadores antigos e de destinatários de REFER e trate-o como 200; em qualquer caso, o resultado real de uma assinatura ou de uma transferência chega depois num NOTIFY (RFC 3515 §2.4.2).

sip-pair-202-204-summary = O 202 era o jeito antigo de aceitar uma assinatura cujo estado viria depois num NOTIFY; o 204 aceita uma renovação condicional de assinatura e diz que nenhum NOTIFY virá, porque o estado não mudou (RFC 6665 §4.2.1.1, RFC 5839 §7.1).
sip-pair-202-204-which = O notificador só envia 204 a um SUBSCRIBE com Suppress-If-Match trazendo a entity tag atual; nos outros casos envia 200 (não o 202, obsoleto), seguido de NOTIFY (RFC 5839 §6.3).

sip-pair-300-302-summary = Os dois redirecionam. O 302 dá o endereço a usar nesta requisição, talvez vários Contacts a tentar em ordem; o 300 diz que o endereço corresponde a várias opções distintas, para o chamador ou seu cliente escolher (RFC 3261 §21.3.1, RFC 3261 §21.3.3).
sip-pair-300-302-which = Envie 302 quando o servidor sabe onde o usuário está agora; envie 300 quando há vários destinos igualmente válidos e a escolha cabe ao chamador (RFC 3261 §8.1.3.4).

sip-pair-301-302-summary = O 301 diz que o usuário se mudou de vez: use o endereço novo daqui em diante e atualize os endereços guardados. O 302 vale para esta requisição, ou até vencer, e o endereço original continua sendo o que se guarda (RFC 3261 §21.3.2, RFC 3261 §21.3.3).
sip-pair-301-302-which = Use 301 para uma mudança permanente de número ou de URI; use 302 para desvios, distribuição de carga e tudo o que for temporário (RFC 3261 §21.3.3).

sip-pair-301-410-summary = Os dois dizem que o usuário não está mais neste endereço, de forma permanente; o 301 conhece o endereço novo e o informa no Contact, o 410 não conhece nenhum (RFC 3261 §21.3.2, RFC 3261 §21.4.10).
sip-pair-301-410-which = Um servidor que sabe para onde o usuário foi envia 301; um que só sabe que o usuário sumiu envia 410 (RFC 3261 §21.4.10).

sip-pair-302-305-summary = O 302 dá um endereço novo para o usuário; o 305 mantém o mesmo endereço, mas exige que a requisição passe pelo proxy indicado em Contact (RFC 3261 §21.3.3, RFC 3261 §21.3.4).
sip-pair-302-305-which = Envie 305 só quando o recurso é acessível apenas por aquele proxy. Os clientes seguem o 305 com cautela, porque ele permite que quem responde desvie o tráfego deles (RFC 3261 §8.1.3.4).

sip-pair-302-380-summary = O 302 aponta outro endereço para o mesmo serviço; o 380 diz que a chamada pedida falhou, mas oferece um serviço diferente, descrito no corpo (RFC 3261 §21.3.3, RFC 3261 §21.3.5).
sip-pair-302-380-which = Use 302 quando o usuário pode ser alcançado em outro lugar; use 380 quando o chamador deve receber outra oferta no lugar, como correio de voz ou outra mídia (RFC 3261 §21.3.5).

sip-pair-400-420-summary = O 400 diz que a requisição está malformada; o 420 diz que ela está bem formada, mas exige uma extensão, uma option tag em Require ou Proxy-Require, que o servidor não tem, e o cabeçalho Unsupported indica a tag (RFC 3261 §21.4.1, RFC 3261 §21.4.15).
sip-pair-400-420-which = Envie 420 sempre que uma option tag exigida for desconhecida, e reserve o 400 para erros de sintaxe e cabeçalhos obrigatórios ausentes; o cliente consegue corrigir um 420 de forma mecânica, tirando a tag (RFC 3261 §8.1.3.5).

sip-pair-401-403-summary = O 401 pede credenciais e diz como, no WWW-Authenticate; o 403 recusa, e autenticar de novo não muda a resposta (RFC 3261 §21.4.2, RFC 3261 §21.4.4).
sip-pair-401-403-which = Envie 401 quando credenciais válidas tornariam a requisição aceitável; envie 403 quando o usuário, autenticado ou não, simplesmente não tem permissão. Depois de várias credenciais erradas, muitos servidores passam do 401 para o 403 para impedir a adivinhação de senhas (RFC 3261 §22.2).

sip-pair-401-407-summary = Os dois são desafios digest. O 401 vem do próprio destino (um UAS ou um registrar), com WWW-Authenticate, e se responde com Authorization; o 407 vem de um proxy no caminho, com Proxy-Authenticate, e se responde com Proxy-Authorization (RFC 3261 §22.2, RFC 3261 §22.3).
sip-pair-401-407-which = Um registrar ou agente de usuário desafia com 401; um proxy deve usar 407. Na prática, o REGISTER costuma ser desafiado com 401 e as chamadas pelo proxy de uma operadora com 407 (RFC 3261 §21.4.8).

sip-pair-403-404-summary = O 404 diz que o usuário não existe neste domínio; o 403 diz que a requisição é recusada, embora o destino possa muito bem existir (RFC 3261 §21.4.5, RFC 3261 §21.4.4).
sip-pair-403-404-which = Pela RFC, usuários desconhecidos recebem 404 e recusas recebem 403. Alguns servidores respondem 404 a tudo o que recusam para não revelar quais usuários existem; quando um 404 não faz sentido, desconfie dessa política (RFC 3261 §21.4.4).

sip-pair-403-433-summary = O 403 é uma recusa por qualquer motivo de política; o 433 é a recusa específica porque o chamador está anônimo, algo que o chamador pode resolver revelando a identidade (RFC 3261 §21.4.4, RFC 5079).
sip-pair-403-433-which = Se o anonimato é o único motivo da recusa, envie 433 para o chamador saber o que mudar; caso contrário, envie 403 (RFC 5079).

sip-pair-403-470-summary = O 403 recusa pela política do próprio servidor; o 470 diz que o destino não consentiu em receber requisições deste remetente por meio de um relay, e indica a permissão que falta (RFC 3261 §21.4.4, RFC 5360).
sip-pair-403-470-which = Um relay, como um servidor de listas ou uma conferência, que não tem a permissão de um destinatário envia 470; qualquer outra recusa por política é 403 (RFC 5360).

sip-pair-403-603-summary = O 403 é a recusa desta requisição pela política de um servidor; o 603 é a decisão do próprio usuário chamado de não atender, válida para todos os aparelhos dele (RFC 3261 §21.4.4, RFC 3261 §21.6.2).
sip-pair-403-603-which = Servidores que aplicam regras (bloqueios, permissões) enviam 403; um usuário que aperta recusar, ou um serviço que decide pelo usuário em todos os lugares, envia 603, o que faz os proxies que bifurcam cancelarem os outros ramos (RFC 3261 §16.7).

sip-pair-404-410-summary = O 404 diz que o usuário não é conhecido neste domínio; o 410 diz que o usuário existia aqui e sumiu de vez, sem endereço para desvio (RFC 3261 §21.4.5, RFC 3261 §21.4.10).
sip-pair-404-410-which = Envie 410 só para endereços que você sabe que eram válidos e foram desativados; todo o resto desconhecido é 404 (RFC 3261 §21.4.10).

sip-pair-404-480-summary = O 404 diz que o usuário não existe aqui; o 480 diz que o usuário existe, mas não pode ser alcançado agora, por exemplo porque nenhum aparelho está registrado (RFC 3261 §21.4.5, RFC 3261 §21.4.18).
sip-pair-404-480-which = Um proxy cujo serviço de localização conhece o endereço mas não tem vínculo atual envia 480; para um endereço desconhecido, envia 404. Responder 404 a um usuário só não registrado faz os chamadores acharem que o número está errado (RFC 3261 §16.5).

sip-pair-404-484-summary = O 404 significa que o endereço não existe; o 484, que está incompleto, normalmente um número que precisa de mais dígitos (RFC 3261 §21.4.5, RFC 3261 §21.4.22).
sip-pair-404-484-which = Se o número poderia ficar válido com mais dígitos (discagem por sobreposição), envie 484 para o cliente completá-lo; envie 404 quando ele não pode existir de jeito nenhum (RFC 3261 §21.4.22).

sip-pair-404-604-summary = O 404 vale para o domínio da Request-URI; o 604 afirma saber com autoridade que o usuário não existe em lugar nenhum, e encerra a busca em todos os ramos (RFC 3261 §21.4.5, RFC 3261 §21.6.3).
sip-pair-404-604-which = Envie 404, a menos que você saiba de fato que o usuário não existe em domínio nenhum. Um 604 faz os proxies que bifurcam cancelarem todos os outros ramos, então um 604 errado derruba chamadas que teriam dado certo em outro lugar (RFC 3261 §16.7).

sip-pair-405-501-summary = O 405 diz que o servidor conhece o método, mas não o permite para este endereço, e lista no Allow os métodos permitidos; o 501 diz que o servidor não implementa o método para endereço nenhum (RFC 3261 §21.4.6, RFC 3261 §21.5.2).
sip-pair-405-501-which = Um servidor que implementa o método, mas não para este destino, envia 405 com Allow; uma pilha que não implementa o método de jeito nenhum envia 501 (RFC 3261 §8.2.1).

sip-pair-406-415-summary = O 406 trata do que o cliente aceita receber de volta, listado no seu cabeçalho Accept; o 415 trata do que o cliente enviou: o tipo, a codificação ou o idioma do corpo da requisição (RFC 3261 §21.4.7, RFC 3261 §21.4.13).
sip-pair-406-415-which = Envie 415, com Accept, Accept-Encoding e Accept-Language, quando não consegue ler o corpo da requisição; envie 406 quando poderia processar a requisição, mas não consegue gerar nenhum corpo de resposta que o cliente aceite (RFC 3261 §8.2.3).

sip-pair-406-488-summary = O 406 trata dos formatos de resposta listados no Accept; o 488 trata da descrição de sessão oferecida no SDP: codecs, mídias, transporte ou endereços (RFC 3261 §21.4.7, RFC 3261 §21.4.26).
sip-pair-406-488-which = Uma incompatibilidade de codec ou de mídia num INVITE ou UPDATE é 488, nunca 406; o 406 pertence à negociação de conteúdo de outros corpos (RFC 3261 §21.4.26).

sip-pair-408-480-summary = O 408 diz que nenhuma resposta chegou a tempo; o 480 diz que se sabe que o usuário está inalcançável no momento (RFC 3261 §21.4.9, RFC 3261 §21.4.18).
sip-pair-408-480-which = Um proxy que sabe que o usuário não tem registro responde 480 na hora; um que tenta um registro velho e não ouve nada termina com 408 quando o Timer C expira (RFC 3261 §16.5, RFC 3261 §16.8).

sip-pair-408-487-summary = O 408 significa que nenhuma resposta final chegou a tempo; o 487, que a requisição foi cancelada de propósito, normalmente porque o chamador desligou (RFC 3261 §21.4.9, RFC 3261 §21.4.25).
sip-pair-408-487-which = Um UAS envia 487 depois de receber um CANCEL; um proxy envia 408 quando o Timer C expira. Alguns PABXs cancelam eles mesmos as chamadas não atendidas depois de um tempo de toque, o que dá 487 onde se esperaria 408; veja quem enviou o CANCEL (RFC 3261 §16.8, RFC 3261 §9.1).

sip-pair-408-504-summary = O 408 diz que o destino não respondeu a tempo; o 504 diz que o próprio servidor estourou o tempo esperando outro servidor de que depende (RFC 3261 §21.4.9, RFC 3261 §21.5.5).
sip-pair-408-504-which = Um proxy cujo ramo não recebeu resposta final envia 408; um servidor cuja consulta a banco de dados, ENUM ou próximo salto estourou o tempo envia 504 (RFC 3261 §16.8).

sip-pair-413-513-summary = O 413 recusa uma requisição porque o corpo é grande demais; o 513, porque a mensagem inteira é (RFC 3261 §21.4.11, RFC 3261 §21.5.7).
sip-pair-413-513-which = Use 413 para limites de corpo, com Retry-After se o limite for temporário, e 513 para limites de tamanho de mensagem; o remédio habitual para o 513 é enviar por TCP (RFC 3261 §18.1.1).

sip-pair-415-488-summary = O 415 diz que o formato do corpo em si não é suportado; o 488 diz que o SDP foi entendido, mas seu conteúdo (codecs, mídias, transporte) não é aceitável aqui (RFC 3261 §21.4.13, RFC 3261 §21.4.26).
sip-pair-415-488-which = Se você não consegue tratar o tipo de corpo, responda 415 com Accept; se interpretou a oferta SDP e não achou nada aceitável nela, responda 488 (RFC 3261 §8.2.3).

sip-pair-420-421-summary = Um é o espelho do outro: o 420 diz que o cliente exigiu uma extensão que falta ao servidor, indicada no Unsupported; o 421 diz que o servidor exige uma extensão que o cliente não listou como suportada, indicada no Require (RFC 3261 §21.4.15, RFC 3261 §21.4.16).
sip-pair-420-421-which = Envie 420 quando o Require ou o Proxy-Require da requisição cita uma option tag desconhecida; envie 421 quando sua própria política exige uma option tag que falta no Supported da requisição (RFC 3261 §8.2.2.3).

sip-pair-421-494-summary = O 421 pede uma extensão SIP em geral, indicada no Require; o 494 exige especificamente um acordo de mecanismo de segurança antes de qualquer outra coisa, e lista os mecanismos no Security-Server (RFC 3261 §21.4.16, RFC 3329 §2.3.1).
sip-pair-421-494-which = Servidores que implementam sec-agree, sobretudo os P-CSCFs do IMS, enviam 494; qualquer outra extensão que falte é 421 (RFC 3329 §2.3.1).

sip-pair-422-423-summary = Os dois rejeitam um intervalo curto demais e informam o mínimo. O 422 trata do temporizador de sessão de uma chamada (Session-Expires, mínimo no Min-SE); o 423, da validade de um registro, de uma assinatura ou de uma publicação (Expires, mínimo no Min-Expires) (RFC 4028 §6, RFC 3261 §21.4.17).
sip-pair-422-423-which = INVITE e UPDATE com Session-Expires pequeno demais recebem 422; REGISTER, SUBSCRIBE e PUBLISH com Expires pequeno demais recebem 423 (RFC 4028 §6, RFC 3261 §10.3).

sip-pair-428-438-summary = O 428 diz que a requisição não tinha cabeçalho Identity, embora a política do verificador exija um; o 438 diz que havia um cabeçalho Identity, mas ele falhou na verificação (RFC 8224 §6.2.2).
sip-pair-428-438-which = Sem Identity nenhum, é 428, e a correção está na origem ou num salto que remove o cabeçalho; um Identity que falha (assinatura ruim, iat velho, declarações que não batem com a requisição) dá 438 (RFC 8224 §6.2.2).

sip-pair-430-439-summary = Os dois pertencem ao SIP Outbound: o 430 diz que um fluxo registrado até um aparelho morreu; o 439, que um registro pediu outbound por um primeiro salto que não consegue suportá-lo (RFC 5626 §11, RFC 5626 §12).
sip-pair-430-439-which = O 430 aparece enquanto uma requisição é entregue a um aparelho pelo seu fluxo; o 439 aparece quando o aparelho se registra (RFC 5626 §5.3, RFC 5626 §6).

sip-pair-436-437-summary = Os dois tratam da credencial do signatário: o 436 quer dizer que o verificador não conseguiu obtê-la pela referência do cabeçalho Identity; o 437, que a obteve, mas não consegue usá-la ou confiar nela (RFC 8224 §6.2.2).
sip-pair-436-437-which = Uma URL de certificado inalcançável ou malformada dá 436; um certificado obtido, mas emitido por uma autoridade não confiável, vencido ou de tipo não suportado, dá 437 (RFC 8224 §6.2.2).

sip-pair-436-438-summary = O 436 falha antes que qualquer assinatura possa ser conferida, porque a credencial não pode ser obtida; o 438 falha na própria conferência, ou na comparação das declarações assinadas com a requisição (RFC 8224 §6.2.2).
sip-pair-436-438-which = O verificador envia 436 quando não consegue obter a credencial pela referência, e 438 quando tem uma credencial utilizável e mesmo assim o PASSporT não confere com a requisição (RFC 8224 §6.2.2).

sip-pair-440-483-summary = Os dois contêm requisições descontroladas: o 483 limita a profundidade do caminho de uma requisição (o Max-Forwards chegou a zero); o 440, sua largura (ramos bifurcados paralelos demais) (RFC 3261 §21.4.21, RFC 5393).
sip-pair-440-483-which = Uma cadeia de saltos longa demais ou em laço recebe 483; uma bifurcação que excederia o orçamento de Max-Breadth recebe 440 (RFC 5393).

sip-pair-469-489-summary = Os dois rejeitam um pacote desconhecido: o 469, um Info Package numa requisição INFO, com os aceitos no Recv-Info; o 489, um pacote de eventos em SUBSCRIBE, NOTIFY ou PUBLISH, com os suportados no Allow-Events (RFC 6086 §4.2.2, RFC 6665 §8.3.1).
sip-pair-469-489-which = Nunca disputam a mesma requisição: o INFO recebe 469; assinaturas e publicações de eventos recebem 489 (RFC 6086 §4.2.2).

sip-pair-480-486-summary = O 486 diz que este aparelho está ocupado; o 480 diz que o usuário está indisponível por outro motivo, como não estar registrado, estar com o não perturbe ativo ou não atender (RFC 3261 §21.4.24, RFC 3261 §21.4.18).
sip-pair-480-486-which = Ocupado em outra chamada: 486, que dá ao chamador o tom de ocupado e dispara o desvio se ocupado. Qualquer outra indisponibilidade temporária: 480. Os dois podem trazer Retry-After (RFC 3261 §21.4.18).

sip-pair-480-503-summary = O 480 trata do usuário, que não pode ser alcançado por enquanto; o 503 trata do servidor, que não pode atender ninguém por enquanto (RFC 3261 §21.4.18, RFC 3261 §21.5.4).
sip-pair-480-503-which = Envie 480 quando o chamado não pode ser alcançado mas o serviço funciona; envie 503 quando o problema é o seu próprio servidor ou os seus troncos. Os clientes reagem de forma diferente: o 503 os faz passar para outro servidor (RFC 3261 §21.5.4).

sip-pair-481-487-summary = O 481 diz que a requisição não corresponde a nenhum diálogo ou transação que o servidor conheça; o 487 é a resposta final de um INVITE que foi cancelado (RFC 3261 §21.4.19, RFC 3261 §21.4.25).
sip-pair-481-487-which = Num cancelamento podem aparecer juntos: o CANCEL que corresponde ao INVITE recebe 200 e o INVITE recebe 487, enquanto um CANCEL que não corresponde a nada (tarde demais, branch errado) é ele mesmo respondido com 481 (RFC 3261 §9.2).

sip-pair-482-483-summary = Os dois apontam laços de roteamento: o 482 é detectado por um proxy que reconhece, nos cabeçalhos Via, a sua própria passagem anterior; o 483, quando o Max-Forwards se esgota, o que também pega laços que alteram a requisição a cada passagem (RFC 3261 §16.3).
sip-pair-482-483-which = Um proxy envia 482 quando a detecção de laço encontra um laço de verdade; qualquer elemento envia 483 quando uma requisição chega com Max-Forwards em zero (RFC 3261 §16.3).

sip-pair-484-485-summary = O 484 diz que o endereço é curto demais para identificar alguém; o 485, que identifica mais de um usuário (RFC 3261 §21.4.22, RFC 3261 §21.4.23).
sip-pair-484-485-which = Números incompletos (discagem por sobreposição) recebem 484; nomes ou apelidos curtos que correspondem a vários usuários recebem 485, opcionalmente com os candidatos no Contact (RFC 3261 §21.4.23).

sip-pair-486-600-summary = O 486 diz que o chamado está ocupado neste aparelho, então outros aparelhos ou uma nova tentativa mais tarde podem funcionar; o 600 diz que o chamado está ocupado e que nenhum destino vai aceitar a chamada, então os proxies que bifurcam encerram todos os outros ramos (RFC 3261 §21.4.24, RFC 3261 §21.6.1).
sip-pair-486-600-which = Um telefone ocupado envia 486, o que dá aos outros aparelhos do usuário e ao correio de voz a chance deles. Envie 600 só quando você sabe que o usuário está ocupado em todos os lugares; senão ele derruba em silêncio o toque simultâneo (RFC 3261 §16.7).

sip-pair-486-603-summary = O 486 diz que o aparelho está ocupado; o 603, que o usuário decidiu não atender a chamada, em lugar nenhum (RFC 3261 §21.4.24, RFC 3261 §21.6.2).
sip-pair-486-603-which = Os telefones diferem no que o botão de rejeitar envia: o 486 deixa a chamada tentar outros aparelhos e o correio de voz, o 603 encerra a tentativa em todos os aparelhos. Use 486 para "agora e neste telefone, não" e 603 para "não, em lugar nenhum" (RFC 3261 §21.6.2).

sip-pair-488-580-summary = O 488 diz que as mídias oferecidas não são aceitáveis; o 580 diz que as mídias podem até servir, mas uma pré-condição obrigatória, como uma reserva de recursos, não pode ser cumprida (RFC 3261 §21.4.26, RFC 3312).
sip-pair-488-580-which = Problemas de codec, transporte ou endereço pedem 488; uma reserva de QoS que falhou ou outra pré-condição não cumprida pede 580 (RFC 3312).

sip-pair-488-606-summary = Os dois rejeitam a descrição de sessão oferecida; o 488 é a resposta deste ponto final, enquanto o 606 afirma que nenhum ponto final do usuário a aceitaria, o que encerra a busca (RFC 3261 §21.4.26, RFC 3261 §21.6.4).
sip-pair-488-606-which = Um ponto final que rejeita uma oferta que não consegue tratar envia 488, deixando os outros ramos livres para aceitá-la; o 606 é só para uma oferta que todos os destinos do usuário recusariam (RFC 3261 §16.7).

sip-pair-491-500-summary = Os dois podem responder a um re-INVITE que colide com outra troca: o 491 quando o UAS tem sua própria oferta pendente (glare), o 500 com Retry-After quando ele ainda está processando um INVITE anterior que recebeu (RFC 3261 §14.2).
sip-pair-491-500-which = Glare, em que os dois lados enviaram re-INVITE, dá 491 e uma nova tentativa depois de um intervalo aleatório; um re-INVITE que chega enquanto o INVITE recebido antes ainda não terminou dá 500 com Retry-After (RFC 3261 §14.1).

sip-pair-500-503-summary = O 500 relata uma falha inesperada no processamento; o 503, uma impossibilidade temporária, como sobrecarga ou manutenção, que os clientes devem contornar (RFC 3261 §21.5.1, RFC 3261 §21.5.4).
sip-pair-500-503-which = Sobrecarga e manutenção programada pedem 503 com Retry-After, para que os clientes passem para outro servidor; bugs e condições inesperadas pedem 500. Um proxy nunca repassa um 503: ele o transforma em 500 (RFC 3261 §16.7).

sip-pair-502-504-summary = Os dois vêm de um intermediário, sobre o servidor atrás dele: o 502 quando esse servidor respondeu algo inválido, o 504 quando não respondeu a tempo (RFC 3261 §21.5.3, RFC 3261 §21.5.5).
sip-pair-502-504-which = Uma resposta inválida vinda de adiante dá 502; nenhuma resposta de um servidor consultado dá 504 (RFC 3261 §21.5.5).

sip-pair-600-603-summary = Os dois encerram a tentativa em todos os lugares; o 600 diz que o usuário está ocupado, o 603 que o usuário recusa (RFC 3261 §21.6.1, RFC 3261 §21.6.2).
sip-pair-600-603-which = Envie 600 quando todas as linhas do usuário estão ocupadas e 603 quando o usuário rejeita a chamada; os gateways os convertem nas causas ISUP 17 (usuário ocupado) e 21 (chamada rejeitada), respectivamente (RFC 3398 §8.2.6.1).

sip-pair-603-607-summary = O 603 é uma recusa simples; o 607 recusa e ainda avisa a rede de que a chamada era indesejada, para que a análise de chamadas aprenda com isso (RFC 3261 §21.6.2, RFC 8197 §3).
sip-pair-603-607-which = Envie 607 quando o usuário marca a chamada como spam ou incômodo; envie 603 em qualquer outra recusa (RFC 8197 §3).

sip-pair-607-608-summary = O 607 é o veredito do usuário chamado de que a chamada é indesejada; o 608 é uma rejeição feita por um intermediário, normalmente a análise de chamadas de uma operadora, antes que o usuário sequer veja a chamada, e pode indicar com quem falar num jCard no Call-Info (RFC 8197 §3, RFC 8688 §3).
sip-pair-607-608-which = Quando decide o usuário ou o aparelho dele, envie 607; quando decide um filtro da rede, envie 608, para que chamadores bloqueados por engano tenham como contestar (RFC 8688 §3.1).
